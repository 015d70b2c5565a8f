using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Gateway.GraphQL.Types.Scalars;

/// <summary>
/// Renders a value the way graphql-js's <c>inspect</c> does inside coercion messages
/// (strings JSON-quoted, numbers in JavaScript notation, <c>[1, 2]</c>, <c>{ a: 1 }</c>), so our
/// error messages compare equal with the reference implementation's.
/// </summary>
internal static class ValueInspector
{
    private const int MaxArrayLength = 10;
    private const int MaxDepth = 2;

    public static string Inspect(object? value)
    {
        var builder = new StringBuilder();
        Append(builder, value, 0);
        return builder.ToString();
    }

    /// <summary>A number as JavaScript's <c>String(number)</c> writes it: 1, 1.5, 1e+21, NaN, Infinity.</summary>
    public static string FormatNumber(double number)
    {
        if (double.IsNaN(number))
        {
            return "NaN";
        }

        if (double.IsInfinity(number))
        {
            return number > 0 ? "Infinity" : "-Infinity";
        }

        if (number == 0)
        {
            return "0";
        }

        var magnitude = Math.Abs(number);
        if (magnitude >= 1e21 || magnitude < 1e-6)
        {
            // "1.5E+21" -> "1.5e+21", "1E-07" -> "1e-7"
            var text = number.ToString("R", CultureInfo.InvariantCulture);
            var e = text.IndexOf('E', StringComparison.Ordinal);
            var mantissa = text[..e];
            var sign = text[e + 1];
            var digits = text[(e + 2)..].TrimStart('0');
            return $"{mantissa}e{sign}{digits}";
        }

        if (number == Math.Floor(number) && magnitude < 1e16)
        {
            return number.ToString("F0", CultureInfo.InvariantCulture);
        }

        return number.ToString("R", CultureInfo.InvariantCulture);
    }

    private static void Append(StringBuilder builder, object? value, int depth)
    {
        switch (value)
        {
            case null:
                builder.Append("null");
                break;
            case string text:
                builder.Append(JsonSerializer.Serialize(text));
                break;
            case bool flag:
                builder.Append(flag ? "true" : "false");
                break;
            case int or long or short or byte or sbyte or ushort or uint or ulong:
                builder.Append(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
            case double number:
                builder.Append(FormatNumber(number));
                break;
            case float number:
                builder.Append(FormatNumber(number));
                break;
            case decimal number:
                builder.Append(FormatNumber((double)number));
                break;
            case JsonElement element:
                AppendJson(builder, element, depth);
                break;
            case IDictionary dictionary:
                AppendObject(builder, dictionary, depth);
                break;
            case IEnumerable sequence:
                AppendArray(builder, sequence, depth);
                break;
            default:
                builder.Append(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }

    private static void AppendArray(StringBuilder builder, IEnumerable sequence, int depth)
    {
        var items = new List<object?>();
        foreach (var item in sequence)
        {
            items.Add(item);
        }

        if (items.Count == 0)
        {
            builder.Append("[]");
            return;
        }

        if (depth >= MaxDepth)
        {
            builder.Append("[Array]");
            return;
        }

        builder.Append('[');
        var shown = Math.Min(items.Count, MaxArrayLength);
        for (var i = 0; i < shown; i++)
        {
            if (i > 0)
            {
                builder.Append(", ");
            }

            Append(builder, items[i], depth + 1);
        }

        var remaining = items.Count - shown;
        if (remaining == 1)
        {
            builder.Append(", ... 1 more item");
        }
        else if (remaining > 1)
        {
            builder.Append(", ... ").Append(remaining).Append(" more items");
        }

        builder.Append(']');
    }

    private static void AppendObject(StringBuilder builder, IDictionary dictionary, int depth)
    {
        if (dictionary.Count == 0)
        {
            builder.Append("{}");
            return;
        }

        if (depth >= MaxDepth)
        {
            builder.Append("[Object]");
            return;
        }

        builder.Append("{ ");
        var first = true;
        foreach (DictionaryEntry entry in dictionary)
        {
            if (!first)
            {
                builder.Append(", ");
            }

            first = false;
            builder.Append(entry.Key).Append(": ");
            Append(builder, entry.Value, depth + 1);
        }

        builder.Append(" }");
    }

    private static void AppendJson(StringBuilder builder, JsonElement element, int depth)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                Append(builder, element.GetString(), depth);
                break;
            case JsonValueKind.Number:
                builder.Append(FormatNumber(element.GetDouble()));
                break;
            case JsonValueKind.True:
                builder.Append("true");
                break;
            case JsonValueKind.False:
                builder.Append("false");
                break;
            case JsonValueKind.Array:
                var items = new List<object?>();
                foreach (var item in element.EnumerateArray())
                {
                    items.Add(item);
                }

                AppendArray(builder, items, depth);
                break;
            case JsonValueKind.Object:
                var properties = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var property in element.EnumerateObject())
                {
                    properties[property.Name] = property.Value;
                }

                AppendObject(builder, properties, depth);
                break;
            default:
                builder.Append(element.ValueKind == JsonValueKind.Undefined ? "undefined" : "null");
                break;
        }
    }
}
