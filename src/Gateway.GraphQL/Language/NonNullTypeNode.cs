namespace Gateway.GraphQL.Language;

/// <summary>NonNullType : NamedType ! | ListType ! (Spec 2.11).</summary>
public sealed class NonNullTypeNode : TypeNode
{
    public NonNullTypeNode(TypeNode type)
    {
        Type = type;
    }

    public override SyntaxKind Kind => SyntaxKind.NonNullType;

    public TypeNode Type { get; }
}
