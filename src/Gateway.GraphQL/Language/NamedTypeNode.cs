namespace Gateway.GraphQL.Language;

/// <summary>NamedType : Name (Spec 2.11).</summary>
public sealed class NamedTypeNode : TypeNode
{
    public NamedTypeNode(NameNode name)
    {
        Name = name;
    }

    public override SyntaxKind Kind => SyntaxKind.NamedType;

    public NameNode Name { get; }
}
