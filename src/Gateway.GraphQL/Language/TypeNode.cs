namespace Gateway.GraphQL.Language;

/// <summary>Type : NamedType | ListType | NonNullType (Spec 2.11).</summary>
public abstract class TypeNode : SyntaxNode
{
    /// <summary>The named type at the bottom of any list and non-null wrappers.</summary>
    public NamedTypeNode NamedType => this switch
    {
        NamedTypeNode named => named,
        ListTypeNode list => list.Type.NamedType,
        NonNullTypeNode nonNull => nonNull.Type.NamedType,
        _ => throw new InvalidOperationException($"Unknown type node {GetType().Name}."),
    };
}
