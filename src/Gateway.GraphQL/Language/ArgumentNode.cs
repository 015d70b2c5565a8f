namespace Gateway.GraphQL.Language;

/// <summary>Argument[Const] : Name : Value[?Const] (Spec 2.6).</summary>
public sealed class ArgumentNode : SyntaxNode
{
    public ArgumentNode(NameNode name, ValueNode value)
    {
        Name = name;
        Value = value;
    }

    public override SyntaxKind Kind => SyntaxKind.Argument;

    public NameNode Name { get; }

    public ValueNode Value { get; }
}
