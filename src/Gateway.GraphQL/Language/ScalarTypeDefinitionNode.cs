namespace Gateway.GraphQL.Language;

/// <summary>ScalarTypeDefinition : Description? scalar Name Directives? (Spec 3.5).</summary>
public sealed class ScalarTypeDefinitionNode : TypeDefinitionNode
{
    public ScalarTypeDefinitionNode(StringValueNode? description, NameNode name, IReadOnlyList<DirectiveNode> directives)
    {
        Description = description;
        Name = name;
        Directives = directives;
    }

    public override SyntaxKind Kind => SyntaxKind.ScalarTypeDefinition;

    public override StringValueNode? Description { get; }

    public override NameNode Name { get; }

    public override IReadOnlyList<DirectiveNode> Directives { get; }
}
