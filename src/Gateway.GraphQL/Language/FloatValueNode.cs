namespace Gateway.GraphQL.Language;

/// <summary>FloatValue (Spec 2.9.2); the raw text.</summary>
public sealed class FloatValueNode : ValueNode
{
    public FloatValueNode(string value)
    {
        Value = value;
    }

    public override SyntaxKind Kind => SyntaxKind.FloatValue;

    public string Value { get; }
}
