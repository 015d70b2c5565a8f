using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Types;

/// <summary>An object or interface type: a type with fields that may implement interfaces (Spec 3.6, 3.7).</summary>
public abstract class ComplexType : NamedType
{
    protected ComplexType(string name)
        : base(name)
    {
    }

    /// <summary>Fields in definition order.</summary>
    public OrderedDictionary<string, FieldDefinition> Fields { get; } = new(StringComparer.Ordinal);

    public List<InterfaceType> Interfaces { get; } = [];

    public FieldDefinition? GetField(string name) => Fields.GetValueOrDefault(name);

    /// <summary>Adds a field and sets its declaring type.</summary>
    public FieldDefinition AddField(FieldDefinition field)
    {
        field.DeclaringType = this;
        Fields[field.Name] = field;
        return field;
    }
}
