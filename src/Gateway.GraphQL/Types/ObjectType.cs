namespace Gateway.GraphQL.Types;

/// <summary>An object type (Spec 3.6).</summary>
public sealed class ObjectType : ComplexType
{
    public ObjectType(string name)
        : base(name)
    {
    }

    public override TypeKind Kind => TypeKind.Object;

    /// <summary>Optional check used to resolve abstract types when no type resolver decides.</summary>
    public Func<object, bool>? IsTypeOf { get; set; }
}
