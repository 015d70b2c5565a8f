namespace Gateway.GraphQL.Types;

/// <summary>An input object type (Spec 3.10), possibly a OneOf input object.</summary>
public sealed class InputObjectType : NamedType
{
    public InputObjectType(string name)
        : base(name)
    {
    }

    public override TypeKind Kind => TypeKind.InputObject;

    public OrderedDictionary<string, InputValueDefinition> Fields { get; } = new(StringComparer.Ordinal);

    /// <summary>Spec 3.10.1 OneOf Input Objects: exactly one field must be given, and not null.</summary>
    public bool IsOneOf { get; set; }

    public InputValueDefinition AddField(InputValueDefinition field)
    {
        Fields[field.Name] = field;
        return field;
    }
}
