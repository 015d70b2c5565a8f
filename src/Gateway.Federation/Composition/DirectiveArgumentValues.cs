using Gateway.GraphQL.Language;

namespace Gateway.Federation.Composition;

/// <summary>Reads literal arguments of an applied directive in a subgraph SDL.</summary>
internal static class DirectiveArgumentValues
{
    public static ValueNode? Find(DirectiveNode directive, string name)
    {
        foreach (var argument in directive.Arguments)
        {
            if (argument.Name.Value == name)
            {
                return argument.Value;
            }
        }

        return null;
    }

    public static string? String(DirectiveNode directive, string name) => Find(directive, name) switch
    {
        StringValueNode text => text.Value,
        EnumValueNode value => value.Value,
        _ => null,
    };

    public static bool? Boolean(DirectiveNode directive, string name) =>
        Find(directive, name) is BooleanValueNode flag ? flag.Value : null;
}
