namespace Gateway.GraphQL.Types;

/// <summary>
/// Any type a field, argument or variable can have (Spec 3.4): a named type, or a list or non-null
/// wrapper around another type.
/// </summary>
public abstract class GraphQLType
{
    /// <summary>The named type under every wrapper.</summary>
    public abstract NamedType Named { get; }

    public bool IsNonNull => this is NonNullType;

    public bool IsList => this is ListType;

    /// <summary>The type without its outermost non-null wrapper.</summary>
    public GraphQLType Nullable => this is NonNullType nonNull ? nonNull.OfType : this;

    /// <summary>Spec 3.4.2 IsInputType.</summary>
    public bool IsInputType => Named is ScalarType or EnumType or InputObjectType;

    /// <summary>Spec 3.4.2 IsOutputType.</summary>
    public bool IsOutputType => Named is ScalarType or EnumType or ObjectType or InterfaceType or UnionType;

    /// <summary>The type as written in SDL, e.g. <c>[String!]!</c>.</summary>
    public abstract override string ToString();
}
