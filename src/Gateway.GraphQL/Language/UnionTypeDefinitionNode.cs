namespace Gateway.GraphQL.Language;

/// <summary>UnionTypeDefinition : Description? union Name Directives? UnionMemberTypes? (Spec 3.8).</summary>
public sealed class UnionTypeDefinitionNode : TypeDefinitionNode
{
    public UnionTypeDefinitionNode(StringValueNode? description, NameNode name, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<NamedTypeNode> types)
    {
        Description = description;
        Name = name;
        Directives = directives;
        Types = types;
    }

    public override SyntaxKind Kind => SyntaxKind.UnionTypeDefinition;

    public override StringValueNode? Description { get; }

    public override NameNode Name { get; }

    public override IReadOnlyList<DirectiveNode> Directives { get; }

    public IReadOnlyList<NamedTypeNode> Types { get; }
}
