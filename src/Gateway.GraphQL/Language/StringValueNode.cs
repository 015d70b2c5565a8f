namespace Gateway.GraphQL.Language;

/// <summary>StringValue (Spec 2.9.4): the cooked value, and whether it was written as a block string.</summary>
public sealed class StringValueNode : ValueNode
{
    public StringValueNode(string value, bool block)
    {
        Value = value;
        Block = block;
    }

    public override SyntaxKind Kind => SyntaxKind.StringValue;

    public string Value { get; }

    public bool Block { get; }
}
