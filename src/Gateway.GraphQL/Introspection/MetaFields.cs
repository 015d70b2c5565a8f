using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Introspection;

/// <summary>
/// The meta-fields of Spec 4.1-4.2: <c>__typename</c> on every composite type, <c>__schema</c> and
/// <c>__type(name:)</c> on the query root. They are not in any type's field map; validation and
/// execution look them up here by name.
/// </summary>
public static class MetaFields
{
    public static FieldDefinition TypeName { get; } = new("__typename", new NonNullType(BuiltInScalars.String));

    public static FieldDefinition Schema { get; } = new("__schema", new NonNullType(IntrospectionTypes.Schema));

    public static FieldDefinition Type { get; } = CreateTypeField();

    private static FieldDefinition CreateTypeField()
    {
        var field = new FieldDefinition("__type", IntrospectionTypes.Type);
        field.AddArgument(new InputValueDefinition("name", new NonNullType(BuiltInScalars.String)));
        return field;
    }
}
