namespace Gateway.GraphQL.Language;

/// <summary>ObjectField : Name : Value (Spec 2.9.8).</summary>
public sealed class ObjectFieldNode : SyntaxNode
{
    // The name starts the node, so its location is derived from the node's (see NameAtStart).
    private readonly string _name;

    public ObjectFieldNode(NameNode name, ValueNode value)
    {
        _name = name.Value;
        Value = value;
    }

    internal ObjectFieldNode(string name, ValueNode value)
    {
        _name = name;
        Value = value;
    }

    public override SyntaxKind Kind => SyntaxKind.ObjectField;

    public NameNode Name => NameAtStart(_name);

    public ValueNode Value { get; }
}
