namespace Gateway.GraphQL.Types;

/// <summary>The <c>__TypeKind</c> enum of introspection (Spec 4.2.3).</summary>
public enum TypeKind
{
    Scalar,
    Object,
    Interface,
    Union,
    Enum,
    InputObject,
    List,
    NonNull,
}
