using Gateway.GraphQL.Execution;

namespace Gateway.GraphQL.Types;

/// <summary>A union type (Spec 3.8).</summary>
public sealed class UnionType : NamedType
{
    public UnionType(string name)
        : base(name)
    {
    }

    public override TypeKind Kind => TypeKind.Union;

    public List<ObjectType> Types { get; } = [];

    /// <summary>Picks the object type of a value (Spec 6.4.3 ResolveAbstractType); null falls back to the executor's default.</summary>
    public TypeResolver? ResolveType { get; set; }
}
