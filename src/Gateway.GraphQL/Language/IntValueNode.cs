namespace Gateway.GraphQL.Language;

/// <summary>IntValue (Spec 2.9.1); the raw digits, kept as text so no precision is lost before coercion.</summary>
public sealed class IntValueNode : ValueNode
{
    public IntValueNode(string value)
    {
        Value = value;
    }

    public override SyntaxKind Kind => SyntaxKind.IntValue;

    public string Value { get; }
}
