using System.Collections;
using System.Text.Json;
using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Utilities;

/// <summary>
/// Input coercion of external (JSON) values, such as variables (Spec 3.10 Input Coercion, 3.11 and 3.12
/// list and non-null input coercion, 6.1.2 Coercing Variable Values). Every failure is reported with its
/// path inside the value and graphql-js's wording.
/// </summary>
public static class InputValueCoercion
{
    /// <summary>
    /// Coerces <paramref name="value"/> to <paramref name="type"/>. Returns the coerced value; when
    /// <paramref name="onError"/> was called, the result must not be used.
    /// </summary>
    public static object? CoerceInputValue(object? value, GraphQLType type, InputCoercionErrorHandler onError) =>
        Coerce(value, type, onError, null);

    /// <summary>Coerces and throws a <see cref="GraphQLException"/> listing every failure.</summary>
    public static object? CoerceInputValue(object? value, GraphQLType type)
    {
        List<GraphQLError>? errors = null;
        var result = Coerce(value, type, (path, _, message) => (errors ??= []).Add(new GraphQLError(message)), null);
        return errors is null ? result : throw new GraphQLException(errors);
    }

    private static object? Coerce(object? value, GraphQLType type, InputCoercionErrorHandler onError, InputPath? path)
    {
        if (value is JsonElement element)
        {
            value = JsonValues.FromJsonElement(element);
        }

        if (type is NonNullType nonNull)
        {
            if (value is not null)
            {
                return Coerce(value, nonNull.OfType, onError, path);
            }

            onError(InputPath.ToList(path), value, $"Expected non-nullable type \"{type}\" not to be null.");
            return null;
        }

        if (value is null)
        {
            return null;
        }

        switch (type)
        {
            case ListType list:
                // Spec 3.12 Input Coercion: a single value is coerced as a list of one item.
                if (value is IEnumerable items and not string && value is not IEnumerable<KeyValuePair<string, object?>>)
                {
                    var coerced = new List<object?>();
                    var index = 0;
                    foreach (var item in items)
                    {
                        coerced.Add(Coerce(item, list.OfType, onError, new InputPath(path, index)));
                        index++;
                    }

                    return coerced;
                }

                return new List<object?> { Coerce(value, list.OfType, onError, path) };
            case InputObjectType inputObject:
                return CoerceInputObject(value, inputObject, onError, path);
            case EnumType enumType:
                return CoerceEnum(value, enumType, onError, path);
            case ScalarType scalar:
                return CoerceScalar(value, scalar, onError, path);
            default:
                onError(InputPath.ToList(path), value, $"Type \"{type}\" is not an input type.");
                return null;
        }
    }

    private static object? CoerceInputObject(object value, InputObjectType type, InputCoercionErrorHandler onError, InputPath? path)
    {
        if (!TryReadObject(value, out var fields))
        {
            onError(InputPath.ToList(path), value, $"Expected type \"{type.Name}\" to be an object.");
            return null;
        }

        var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in type.Fields.Values)
        {
            if (!fields.TryGetValue(field.Name, out var fieldValue))
            {
                if (field.DefaultValue is not null)
                {
                    ValueFromAst.TryConvert(field.DefaultValue, field.Type, null, out var defaultValue);
                    coerced[field.Name] = defaultValue;
                }
                else if (field.Type is NonNullType)
                {
                    onError(InputPath.ToList(path), value, $"Field \"{field.Name}\" of required type \"{field.Type}\" was not provided.");
                }

                continue;
            }

            coerced[field.Name] = Coerce(fieldValue, field.Type, onError, new InputPath(path, field.Name));
        }

        // Spec 3.10 Input Coercion: fields the type does not define are an error.
        foreach (var name in fields.Keys)
        {
            if (!type.Fields.ContainsKey(name))
            {
                var suggestions = SuggestionList.Find(name, type.Fields.Keys);
                onError(
                    InputPath.ToList(path),
                    value,
                    $"Field \"{name}\" is not defined by type \"{type.Name}\".{DidYouMean.Format(suggestions)}");
            }
        }

        // Spec 3.10.1 OneOf Input Objects: exactly one field, and it must not be null.
        if (type.IsOneOf)
        {
            if (coerced.Count != 1)
            {
                onError(InputPath.ToList(path), value, $"Exactly one key must be specified for OneOf type \"{type.Name}\".");
            }

            foreach (var (key, fieldValue) in coerced)
            {
                if (fieldValue is null)
                {
                    onError(InputPath.ToList(new InputPath(path, key)), null, $"Field \"{key}\" must be non-null.");
                }

                break;
            }
        }

        return coerced;
    }

    private static object? CoerceEnum(object value, EnumType type, InputCoercionErrorHandler onError, InputPath? path)
    {
        if (value is not string name)
        {
            onError(InputPath.ToList(path), value, $"Enum \"{type.Name}\" cannot represent non-string value: {ValueInspector.Inspect(value)}.{EnumSuggestions(type, value.ToString() ?? string.Empty)}");
            return null;
        }

        if (type.Values.TryGetValue(name, out var definition))
        {
            return definition.Value;
        }

        onError(InputPath.ToList(path), value, $"Value \"{name}\" does not exist in \"{type.Name}\" enum.{EnumSuggestions(type, name)}");
        return null;
    }

    private static string EnumSuggestions(EnumType type, string input) =>
        DidYouMean.Format(SuggestionList.Find(input, type.Values.Keys));

    private static object? CoerceScalar(object value, ScalarType type, InputCoercionErrorHandler onError, InputPath? path)
    {
        try
        {
            var result = type.ParseValue(value);
            if (result is null)
            {
                onError(InputPath.ToList(path), value, $"Expected type \"{type.Name}\".");
            }

            return result;
        }
        catch (ValueCoercionException exception)
        {
            // Scalars report their own user-facing message, as graphql-js's built-in scalars throw GraphQLError.
            onError(InputPath.ToList(path), value, exception.Message);
        }
        catch (GraphQLException exception)
        {
            onError(InputPath.ToList(path), value, exception.Message);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            onError(InputPath.ToList(path), value, $"Expected type \"{type.Name}\". {exception.Message}");
        }

        return null;
    }

    /// <summary>Reads a JSON-like object: a dictionary with string keys.</summary>
    internal static bool TryReadObject(object value, out IReadOnlyDictionary<string, object?> fields)
    {
        switch (value)
        {
            case IReadOnlyDictionary<string, object?> readOnly:
                fields = readOnly;
                return true;
            case IDictionary<string, object?> dictionary:
                fields = new Dictionary<string, object?>(dictionary, StringComparer.Ordinal);
                return true;
            default:
                fields = null!;
                return false;
        }
    }

    /// <summary>A linked path inside an input value; materialised only when an error is reported.</summary>
    private sealed class InputPath(InputPath? parent, object key)
    {
        public static IReadOnlyList<object> ToList(InputPath? path)
        {
            var keys = new List<object>();
            for (var current = path; current is not null; current = current.Parent)
            {
                keys.Add(current.Key);
            }

            keys.Reverse();
            return keys;
        }

        public InputPath? Parent { get; } = parent;

        public object Key { get; } = key;
    }
}
