namespace Gateway.GraphQL.Language;

/// <summary>ListType : [ Type ] (Spec 2.11).</summary>
public sealed class ListTypeNode : TypeNode
{
    public ListTypeNode(TypeNode type)
    {
        Type = type;
    }

    public override SyntaxKind Kind => SyntaxKind.ListType;

    public TypeNode Type { get; }
}
