using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Types;

namespace Gateway.LocalGraphQL;

/// <summary>
/// The resolvers for running a schema over plain JSON data (the <c>--root</c> file of
/// <c>gateway graphql execute</c>, the interop corpus): a field reads the JSON property of the same name,
/// and a value of an interface or union type names its object type in its <c>__typename</c> property.
/// This is the convention graphql-js's default field and type resolvers follow, so answers compare.
/// </summary>
public static class JsonDataResolvers
{
    /// <summary>Reads the property named like the field from a JSON object; anything else has no fields.</summary>
    public static FieldResolver ReadProperty { get; } = context =>
        new ValueTask<object?>(
            context.Source is IReadOnlyDictionary<string, object?> properties
                && properties.TryGetValue(context.Field.Name, out var value)
                ? value
                : null);

    /// <summary>
    /// Spec 6.4.3 ResolveAbstractType: the object type named by <c>__typename</c>. An unknown name yields
    /// null, which the executor reports as a field error at the field's path.
    /// </summary>
    public static TypeResolver ByTypename { get; } = (value, context) =>
        value is IReadOnlyDictionary<string, object?> properties
            && properties.TryGetValue("__typename", out var typename)
            && typename is string name
            ? context.Schema.GetType(name) as ObjectType
            : null;

    /// <summary>
    /// Gives every field and abstract type of the schema that has no resolver of its own the JSON
    /// resolvers. Call once, right after the schema is built and before it serves a request.
    /// </summary>
    public static Schema Apply(Schema schema)
    {
        foreach (var type in schema.Types.Values)
        {
            if (type.IsIntrospectionType)
            {
                continue;
            }

            switch (type)
            {
                case ComplexType complex:
                    foreach (var field in complex.Fields.Values)
                    {
                        field.Resolver ??= ReadProperty;
                    }

                    if (complex is InterfaceType @interface)
                    {
                        @interface.ResolveType ??= ByTypename;
                    }

                    break;
                case UnionType union:
                    union.ResolveType ??= ByTypename;
                    break;
            }
        }

        return schema;
    }
}
