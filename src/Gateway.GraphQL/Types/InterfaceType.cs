using Gateway.GraphQL.Execution;

namespace Gateway.GraphQL.Types;

/// <summary>An interface type (Spec 3.7).</summary>
public sealed class InterfaceType : ComplexType
{
    public InterfaceType(string name)
        : base(name)
    {
    }

    public override TypeKind Kind => TypeKind.Interface;

    /// <summary>Picks the object type of a value (Spec 6.4.3 ResolveAbstractType); null falls back to the executor's default.</summary>
    public TypeResolver? ResolveType { get; set; }
}
