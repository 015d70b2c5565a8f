namespace Gateway.GraphQL.Language;

/// <summary>EnumValueDefinition : Description? EnumValue Directives? (Spec 3.9).</summary>
public sealed class EnumValueDefinitionNode : SyntaxNode
{
    public EnumValueDefinitionNode(StringValueNode? description, NameNode name, IReadOnlyList<DirectiveNode> directives)
    {
        Description = description;
        Name = name;
        Directives = directives;
    }

    public override SyntaxKind Kind => SyntaxKind.EnumValueDefinition;

    public StringValueNode? Description { get; }

    public NameNode Name { get; }

    public IReadOnlyList<DirectiveNode> Directives { get; }
}
