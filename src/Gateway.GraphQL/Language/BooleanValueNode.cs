namespace Gateway.GraphQL.Language;

/// <summary>BooleanValue : true | false (Spec 2.9.3).</summary>
public sealed class BooleanValueNode : ValueNode
{
    public BooleanValueNode(bool value)
    {
        Value = value;
    }

    public override SyntaxKind Kind => SyntaxKind.BooleanValue;

    public bool Value { get; }
}
