using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Introspection;

/// <summary>
/// The meta-fields of Spec 4.1-4.2: <c>__typename</c> on every composite type, <c>__schema</c> and
/// <c>__type(name:)</c> on the query root. They are not in any type's field map; validation and
/// execution look them up here by name.
/// </summary>
public static class MetaFields
{
    /// <summary>Spec 4.1 Type Name Introspection; the executor answers it itself, the resolver is for direct callers.</summary>
    public static FieldDefinition TypeName { get; } =
        new("__typename", new NonNullType(BuiltInScalars.String)) { Resolver = IntrospectionResolvers.MetaTypeName };

    /// <summary>Spec 4.2 <c>__schema: __Schema!</c>, resolving to the schema being executed.</summary>
    public static FieldDefinition Schema { get; } =
        new("__schema", new NonNullType(IntrospectionTypes.Schema)) { Resolver = IntrospectionResolvers.MetaSchema };

    /// <summary>Spec 4.2 <c>__type(name: String!): __Type</c>, null when the schema has no type of that name.</summary>
    public static FieldDefinition Type { get; } = CreateTypeField();

    private static FieldDefinition CreateTypeField()
    {
        var field = new FieldDefinition("__type", IntrospectionTypes.Type) { Resolver = IntrospectionResolvers.MetaType };
        field.AddArgument(new InputValueDefinition("name", new NonNullType(BuiltInScalars.String)));
        return field;
    }
}
