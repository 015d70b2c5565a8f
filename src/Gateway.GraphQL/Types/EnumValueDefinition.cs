using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Types;

/// <summary>One value of an enum type (Spec 3.9).</summary>
public sealed class EnumValueDefinition
{
    public EnumValueDefinition(string name, object? value = null)
    {
        Name = name;
        Value = value ?? name;
    }

    public string Name { get; }

    /// <summary>The internal value resolvers return and receive; the name unless set.</summary>
    public object Value { get; }

    public string? Description { get; set; }

    public string? DeprecationReason { get; set; }

    public bool IsDeprecated => DeprecationReason is not null;

    public List<DirectiveNode> Directives { get; } = [];

    public EnumValueDefinitionNode? AstNode { get; set; }
}
