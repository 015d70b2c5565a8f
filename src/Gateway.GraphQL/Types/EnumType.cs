namespace Gateway.GraphQL.Types;

/// <summary>An enum type (Spec 3.9). Each value has a name and an internal value (the name unless set).</summary>
public sealed class EnumType : NamedType
{
    public EnumType(string name)
        : base(name)
    {
    }

    public override TypeKind Kind => TypeKind.Enum;

    public OrderedDictionary<string, EnumValueDefinition> Values { get; } = new(StringComparer.Ordinal);

    public EnumValueDefinition AddValue(EnumValueDefinition value)
    {
        Values[value.Name] = value;
        return value;
    }
}
