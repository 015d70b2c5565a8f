namespace Gateway.GraphQL.Language;

/// <summary>NamedType : Name (Spec 2.11).</summary>
public sealed class NamedTypeNode : TypeNode
{
    // The name is the whole node, so its location is the node's (see NameAtStart).
    private readonly string _name;

    public NamedTypeNode(NameNode name)
    {
        _name = name.Value;
    }

    internal NamedTypeNode(string name)
    {
        _name = name;
    }

    public override SyntaxKind Kind => SyntaxKind.NamedType;

    public NameNode Name => NameAtStart(_name);
}
