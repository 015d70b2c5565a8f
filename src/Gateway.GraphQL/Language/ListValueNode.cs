namespace Gateway.GraphQL.Language;

/// <summary>ListValue : [ ] | [ Value+ ] (Spec 2.9.7).</summary>
public sealed class ListValueNode : ValueNode
{
    public ListValueNode(IReadOnlyList<ValueNode> values)
    {
        Values = values;
    }

    public override SyntaxKind Kind => SyntaxKind.ListValue;

    public IReadOnlyList<ValueNode> Values { get; }
}
