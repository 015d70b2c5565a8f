using System.Collections;
using Gateway.GraphQL.Types;

namespace Gateway.Subgraph.Entities;

/// <summary>
/// Coerces a representation's fields by the entity type: each field the type defines is read as an input
/// of the field's type (Spec 3.5 and 3.9 input coercion for leaves; objects field by field, lists item by
/// item), so key and <c>@requires</c> fields reach the reference resolver as the same CLR values arguments
/// would. The gateway writes these values from the subgraphs' own responses, so they are output values
/// read back: an object arrives as a JSON object with the selected fields, an abstract one with its
/// <c>__typename</c>.
/// </summary>
internal static class RepresentationCoercion
{
    public const string TypeNameField = "__typename";

    /// <exception cref="ValueCoercionException">A field's value does not fit its type; the message names the field.</exception>
    public static Dictionary<string, object?> Coerce(Schema schema, ComplexType type, IReadOnlyDictionary<string, object?> representation, string path)
    {
        var coerced = new Dictionary<string, object?>(representation.Count, StringComparer.Ordinal);
        foreach (var (name, value) in representation)
        {
            coerced[name] = name != TypeNameField && type.GetField(name) is { } field
                ? CoerceValue(schema, field.Type, value, $"{path}.{name}")
                : value;
        }

        return coerced;
    }

    private static object? CoerceValue(Schema schema, GraphQLType type, object? value, string path)
    {
        if (value is null)
        {
            return null;
        }

        switch (type)
        {
            case NonNullType nonNull:
                return CoerceValue(schema, nonNull.OfType, value, path);
            case ListType list:
                if (value is IList items)
                {
                    var coerced = new List<object?>(items.Count);
                    for (var i = 0; i < items.Count; i++)
                    {
                        coerced.Add(CoerceValue(schema, list.OfType, items[i], $"{path}[{i}]"));
                    }

                    return coerced;
                }

                return new List<object?> { CoerceValue(schema, list.OfType, value, path) };
            case ScalarType scalar:
                try
                {
                    return scalar.ParseValue(value);
                }
                catch (ValueCoercionException exception)
                {
                    throw new ValueCoercionException($"\"{path}\": {exception.Message}");
                }

            case EnumType enumType:
                if (value is string name && enumType.Values.TryGetValue(name, out var enumValue))
                {
                    return enumValue.Value;
                }

                throw new ValueCoercionException($"\"{path}\" is {Describe(value)}, not a value of enum {enumType.Name}.");
            default:
                if (value is not IReadOnlyDictionary<string, object?> fields)
                {
                    throw new ValueCoercionException($"\"{path}\" is {Describe(value)}, but {type.Named.Name} is an object type: send an object of its fields.");
                }

                // An abstract field's value names its concrete type; an object field's value is of the field's type.
                var concrete = fields.TryGetValue(TypeNameField, out var typeName) && typeName is string named && schema.GetType(named) is ComplexType runtime
                    ? runtime
                    : type.Named as ComplexType;
                return concrete is null ? value : Coerce(schema, concrete, fields, path);
        }
    }

    private static string Describe(object value) => value switch
    {
        string text => $"\"{text}\"",
        IReadOnlyDictionary<string, object?> => "an object",
        IList => "a list",
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? value.GetType().Name,
    };
}
