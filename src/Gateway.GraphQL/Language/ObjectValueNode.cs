namespace Gateway.GraphQL.Language;

/// <summary>ObjectValue : { } | { ObjectField+ } (Spec 2.9.8).</summary>
public sealed class ObjectValueNode : ValueNode
{
    public ObjectValueNode(IReadOnlyList<ObjectFieldNode> fields)
    {
        Fields = fields;
    }

    public override SyntaxKind Kind => SyntaxKind.ObjectValue;

    public IReadOnlyList<ObjectFieldNode> Fields { get; }
}
