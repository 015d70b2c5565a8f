namespace Gateway.GraphQL.Language;

/// <summary>ObjectField : Name : Value (Spec 2.9.8).</summary>
public sealed class ObjectFieldNode : SyntaxNode
{
    public ObjectFieldNode(NameNode name, ValueNode value)
    {
        Name = name;
        Value = value;
    }

    public override SyntaxKind Kind => SyntaxKind.ObjectField;

    public NameNode Name { get; }

    public ValueNode Value { get; }
}
