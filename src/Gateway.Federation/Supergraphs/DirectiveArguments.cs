using Gateway.GraphQL.Language;

namespace Gateway.Federation.Supergraphs;

/// <summary>
/// Reads literal arguments of applied directives. The supergraph is built with the engine first, so argument
/// types are already checked there; these readers only pick the values out.
/// </summary>
internal static class DirectiveArguments
{
    /// <summary>The argument's value; an explicit null reads as an absent argument.</summary>
    public static ValueNode? Get(DirectiveNode directive, string name) =>
        directive.Argument(name) is { } value and not NullValueNode ? value : null;

    public static string? String(DirectiveNode directive, string name) => Get(directive, name) switch
    {
        StringValueNode text => text.Value,
        null => null,
        var other => throw new SupergraphException($"@{directive.Name.Value}({name}:) must be a string, not {Printer.Print(other)}."),
    };

    public static string? Enum(DirectiveNode directive, string name) => Get(directive, name) switch
    {
        EnumValueNode value => value.Value,
        null => null,
        var other => throw new SupergraphException($"@{directive.Name.Value}({name}:) must be an enum value, not {Printer.Print(other)}."),
    };

    public static bool Boolean(DirectiveNode directive, string name, bool defaultValue) => Get(directive, name) switch
    {
        BooleanValueNode value => value.Value,
        null => defaultValue,
        var other => throw new SupergraphException($"@{directive.Name.Value}({name}:) must be a Boolean, not {Printer.Print(other)}."),
    };
}
