using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;
using Gateway.GraphQL.Validation.Rules;

namespace Gateway.GraphQL.Tests.Validation.Rules;

/// <summary>
/// How literals appear in Values of Correct Type messages, and how a custom scalar's own coercion failure
/// is worded; expected text from graphql-js 16.15.
/// </summary>
public sealed class ValuesOfCorrectTypeRuleLiteralTests
{
    private static readonly Schema CustomScalarSchema = BuildCustomScalarSchema();

    [Fact]
    public void Nested_list_and_object_literals_are_printed_in_full()
    {
        ValidationAssert.Errors<ValuesOfCorrectTypeRule>(
            "{ complicatedArgs { intArgField(intArg: {x: [1, {y: \"a\\\"b\", z: $v}], w: null}) } }",
            ValidationAssert.Error("Int cannot represent non-integer value: {x: [1, {y: \"a\\\"b\", z: $v}], w: null}", (1, 41)));
    }

    [Fact]
    public void Custom_scalar_failure_is_reported_in_the_context_of_the_expected_type()
    {
        ValidationAssert.Errors<ValuesOfCorrectTypeRule>(
            "{ invalidArg(arg: 123) }",
            CustomScalarSchema,
            ValidationAssert.Error("Expected value of type \"Invalid\", found 123; Invalid scalar is always invalid: 123", (1, 19)));
    }

    [Fact]
    public void Custom_scalar_accepting_a_literal_is_valid()
    {
        ValidationAssert.Valid<ValuesOfCorrectTypeRule>("{ anyArg(arg: [1, {a: \"b\"}]) }", CustomScalarSchema);
    }

    private static Schema BuildCustomScalarSchema() => SchemaBuilder.FromSdl(
        """
        scalar Invalid
        scalar Any
        type Query {
          invalidArg(arg: Invalid): String
          anyArg(arg: Any): String
        }
        """,
        new SchemaBuildOptions().AddScalar(new AlwaysInvalidScalar()));

    /// <summary>graphql-js's test scalar whose parseLiteral always throws.</summary>
    private sealed class AlwaysInvalidScalar : ScalarType
    {
        public AlwaysInvalidScalar()
            : base("Invalid")
        {
        }

        public override object? ParseLiteral(ValueNode value) =>
            throw new ValueCoercionException($"Invalid scalar is always invalid: {Printer.Print(value)}");
    }
}
