using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Types.CodeFirst;

/// <summary>Small pieces of syntax the code-first builders produce.</summary>
internal static class SyntaxFactory
{
    public static StringValueNode? Description(string? description) =>
        description is null ? null : new StringValueNode(description, block: false);

    public static DirectiveNode Directive(string name, string argument, string value) =>
        new(new NameNode(name), [new ArgumentNode(new NameNode(argument), new StringValueNode(value, block: false))]);

    public static IReadOnlyList<DirectiveNode> Deprecated(string? reason) =>
        reason is null ? [] : [Directive("deprecated", "reason", reason)];

    public static InputValueDefinitionNode InputValue(string name, string type, string? defaultValue, string? description, string? deprecationReason) =>
        new(
            Description(description),
            new NameNode(name),
            Parser.ParseType(type),
            defaultValue is null ? null : Parser.ParseConstValue(defaultValue),
            Deprecated(deprecationReason));
}
