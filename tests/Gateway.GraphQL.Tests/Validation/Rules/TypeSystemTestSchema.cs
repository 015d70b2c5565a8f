using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Tests.Validation.Rules;

/// <summary>A small schema for type-system definitions found in executable documents: one directive on an executable location, one on a type-system location.</summary>
internal static class TypeSystemTestSchema
{
    public static Schema Instance { get; } = SchemaBuilder.FromSdl(
        """
        directive @onQuery on QUERY
        directive @onObject on OBJECT
        type Query { name: String }
        """);
}
