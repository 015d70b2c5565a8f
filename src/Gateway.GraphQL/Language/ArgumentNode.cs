namespace Gateway.GraphQL.Language;

/// <summary>Argument[Const] : Name : Value[?Const] (Spec 2.6).</summary>
public sealed class ArgumentNode : SyntaxNode
{
    // The name starts the node, so its location is derived from the node's (see NameAtStart).
    private readonly string _name;

    public ArgumentNode(NameNode name, ValueNode value)
    {
        _name = name.Value;
        Value = value;
    }

    internal ArgumentNode(string name, ValueNode value)
    {
        _name = name;
        Value = value;
    }

    public override SyntaxKind Kind => SyntaxKind.Argument;

    public NameNode Name => NameAtStart(_name);

    public ValueNode Value { get; }
}
