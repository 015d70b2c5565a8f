namespace Gateway.GraphQL.Language;

/// <summary>UnionTypeExtension : extend union Name Directives? UnionMemberTypes (Spec 3.8.1).</summary>
public sealed class UnionTypeExtensionNode : TypeExtensionNode
{
    public UnionTypeExtensionNode(NameNode name, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<NamedTypeNode> types)
    {
        Name = name;
        Directives = directives;
        Types = types;
    }

    public override SyntaxKind Kind => SyntaxKind.UnionTypeExtension;

    public override NameNode Name { get; }

    public override IReadOnlyList<DirectiveNode> Directives { get; }

    public IReadOnlyList<NamedTypeNode> Types { get; }
}
