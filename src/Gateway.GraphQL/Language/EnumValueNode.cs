namespace Gateway.GraphQL.Language;

/// <summary>EnumValue : Name but not true, false or null (Spec 2.9.6).</summary>
public sealed class EnumValueNode : ValueNode
{
    public EnumValueNode(string value)
    {
        Value = value;
    }

    public override SyntaxKind Kind => SyntaxKind.EnumValue;

    public string Value { get; }
}
