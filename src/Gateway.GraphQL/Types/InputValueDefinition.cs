using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Types;

/// <summary>An argument of a field or directive, or a field of an input object (Spec 3.6.1, 3.10).</summary>
public sealed class InputValueDefinition
{
    public InputValueDefinition(string name, GraphQLType type)
    {
        Name = name;
        Type = type;
    }

    public string Name { get; }

    /// <summary>The input type; set once while the schema is built.</summary>
    public GraphQLType Type { get; set; }

    public string? Description { get; set; }

    /// <summary>The default value as written (a const literal), or null when there is none.</summary>
    public ValueNode? DefaultValue { get; set; }

    public bool HasDefaultValue => DefaultValue is not null;

    public string? DeprecationReason { get; set; }

    public bool IsDeprecated => DeprecationReason is not null;

    public List<DirectiveNode> Directives { get; } = [];

    public InputValueDefinitionNode? AstNode { get; set; }
}
