namespace Gateway.GraphQL.Language;

/// <summary>InputValueDefinition : Description? Name : Type DefaultValue? Directives? (Spec 3.6.1).</summary>
public sealed class InputValueDefinitionNode : SyntaxNode
{
    public InputValueDefinitionNode(StringValueNode? description, NameNode name, TypeNode type, ValueNode? defaultValue, IReadOnlyList<DirectiveNode> directives)
    {
        Description = description;
        Name = name;
        Type = type;
        DefaultValue = defaultValue;
        Directives = directives;
    }

    public override SyntaxKind Kind => SyntaxKind.InputValueDefinition;

    public StringValueNode? Description { get; }

    public NameNode Name { get; }

    public TypeNode Type { get; }

    public ValueNode? DefaultValue { get; }

    public IReadOnlyList<DirectiveNode> Directives { get; }
}
