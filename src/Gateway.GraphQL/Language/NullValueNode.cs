namespace Gateway.GraphQL.Language;

/// <summary>NullValue : null (Spec 2.9.5).</summary>
public sealed class NullValueNode : ValueNode
{
    public NullValueNode()
    {
    }

    public override SyntaxKind Kind => SyntaxKind.NullValue;
}
