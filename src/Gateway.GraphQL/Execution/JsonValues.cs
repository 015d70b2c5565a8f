using System.Text.Json;

namespace Gateway.GraphQL.Execution;

/// <summary>
/// Converts JSON to the plain values the engine works with: <c>null</c>, <c>bool</c>, <c>long</c> (integral
/// numbers that fit) or <c>double</c>, <c>string</c>, <c>List&lt;object?&gt;</c> and
/// <c>Dictionary&lt;string, object?&gt;</c>.
/// </summary>
public static class JsonValues
{
    public static object? FromJsonElement(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Null:
            case JsonValueKind.Undefined:
                return null;
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            case JsonValueKind.String:
                return element.GetString();
            case JsonValueKind.Number:
                return element.TryGetInt64(out var integral) ? integral : (object)element.GetDouble();
            case JsonValueKind.Array:
                var list = new List<object?>(element.GetArrayLength());
                foreach (var item in element.EnumerateArray())
                {
                    list.Add(FromJsonElement(item));
                }

                return list;
            default:
                var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var property in element.EnumerateObject())
                {
                    map[property.Name] = FromJsonElement(property.Value);
                }

                return map;
        }
    }

    /// <summary>Converts a JSON object of variables, e.g. the <c>variables</c> member of a request body.</summary>
    public static IReadOnlyDictionary<string, object?>? VariablesFromJsonElement(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object
            ? (Dictionary<string, object?>)FromJsonElement(element)!
            : null;
}
