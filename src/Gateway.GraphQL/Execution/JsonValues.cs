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
                return ReadString(element);
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
                    map[ReadName(property)] = FromJsonElement(property.Value);
                }

                return map;
        }
    }

    /// <summary>Converts a JSON object of variables, e.g. the <c>variables</c> member of a request body.</summary>
    public static IReadOnlyDictionary<string, object?>? VariablesFromJsonElement(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object
            ? (Dictionary<string, object?>)FromJsonElement(element)!
            : null;

    /// <summary>
    /// A JSON string as text. JSON's grammar admits an escaped lone surrogate (<c>"\ud800"</c>), which is
    /// not Unicode text and which GraphQL strings cannot hold (Spec 2.4.6 String Value): it is reported as
    /// malformed JSON instead of escaping as an <see cref="InvalidOperationException"/>.
    /// </summary>
    private static string ReadString(JsonElement element)
    {
        try
        {
            return element.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw LoneSurrogate($"string {element.GetRawText()}");
        }
    }

    private static string ReadName(JsonProperty property)
    {
        try
        {
            return property.Name;
        }
        catch (InvalidOperationException)
        {
            throw LoneSurrogate("property name of an object");
        }
    }

    private static JsonException LoneSurrogate(string what) =>
        new($"The JSON {what} holds an escaped lone surrogate, which is not Unicode text.");
}
