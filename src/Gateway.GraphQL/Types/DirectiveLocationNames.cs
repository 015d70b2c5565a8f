namespace Gateway.GraphQL.Types;

/// <summary>Maps <see cref="DirectiveLocation"/> to and from its SDL name (<c>FIELD_DEFINITION</c>).</summary>
public static class DirectiveLocationNames
{
    private static readonly string[] Names =
    [
        "QUERY", "MUTATION", "SUBSCRIPTION", "FIELD", "FRAGMENT_DEFINITION", "FRAGMENT_SPREAD",
        "INLINE_FRAGMENT", "VARIABLE_DEFINITION", "SCHEMA", "SCALAR", "OBJECT", "FIELD_DEFINITION",
        "ARGUMENT_DEFINITION", "INTERFACE", "UNION", "ENUM", "ENUM_VALUE", "INPUT_OBJECT",
        "INPUT_FIELD_DEFINITION",
    ];

    public static string ToName(DirectiveLocation location) => Names[(int)location];

    public static bool TryParse(string name, out DirectiveLocation location)
    {
        var index = Array.IndexOf(Names, name);
        location = (DirectiveLocation)Math.Max(index, 0);
        return index >= 0;
    }
}
