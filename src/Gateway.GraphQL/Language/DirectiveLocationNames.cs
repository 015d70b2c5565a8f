namespace Gateway.GraphQL.Language;

/// <summary>The directive locations of Spec 3.13 (ExecutableDirectiveLocation and TypeSystemDirectiveLocation), by name.</summary>
internal static class DirectiveLocationNames
{
    private static readonly HashSet<string> Names =
    [
        // ExecutableDirectiveLocation
        "QUERY", "MUTATION", "SUBSCRIPTION", "FIELD", "FRAGMENT_DEFINITION", "FRAGMENT_SPREAD", "INLINE_FRAGMENT", "VARIABLE_DEFINITION",

        // TypeSystemDirectiveLocation
        "SCHEMA", "SCALAR", "OBJECT", "FIELD_DEFINITION", "ARGUMENT_DEFINITION", "INTERFACE", "UNION", "ENUM", "ENUM_VALUE",
        "INPUT_OBJECT", "INPUT_FIELD_DEFINITION",
    ];

    public static bool IsKnown(string name) => Names.Contains(name);
}
