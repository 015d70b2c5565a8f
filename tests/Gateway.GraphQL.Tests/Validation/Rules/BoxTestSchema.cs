using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Tests.Validation.Rules;

/// <summary>
/// The schema of graphql-js's "return types must be unambiguous" cases: boxes whose <c>scalar</c> field
/// has a different type on each implementation, so response shapes can differ where parents never overlap.
/// </summary>
internal static class BoxTestSchema
{
    public static Schema Instance { get; } = SchemaBuilder.FromDocument(Parser.Parse(
        """
        interface SomeBox { deepBox: SomeBox unrelatedField: String }
        type StringBox implements SomeBox { scalar: String deepBox: StringBox unrelatedField: String listStringBox: [StringBox] stringBox: StringBox intBox: IntBox }
        type IntBox implements SomeBox { scalar: Int deepBox: IntBox unrelatedField: String listStringBox: [StringBox] stringBox: StringBox intBox: IntBox }
        interface NonNullStringBox1 { scalar: String! }
        type NonNullStringBox1Impl implements SomeBox & NonNullStringBox1 { scalar: String! unrelatedField: String deepBox: SomeBox }
        interface NonNullStringBox2 { scalar: String! }
        type NonNullStringBox2Impl implements SomeBox & NonNullStringBox2 { scalar: String! unrelatedField: String deepBox: SomeBox }
        type Connection { edges: [Edge] }
        type Edge { node: Node }
        type Node { id: ID name: String }
        type Query { someBox: SomeBox connection: Connection }
        """));
}
