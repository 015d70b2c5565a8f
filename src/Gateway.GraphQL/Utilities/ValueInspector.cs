using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Gateway.GraphQL.Utilities;

/// <summary>
/// Renders a plain value the way graphql-js's <c>inspect</c> does in error messages (<c>{ a: 1, b: "x" }</c>,
/// <c>[1, 2]</c>, nesting beyond two levels as <c>[Object]</c>/<c>[Array]</c>), so messages compare equal
/// with the reference implementation.
/// </summary>
public static class ValueInspector
{
    private const int MaxDepth = 2;
    private const int MaxListItems = 10;

    // JSON.stringify escaping: quotes and backslashes escaped, other characters left as they are.
    private static readonly JsonSerializerOptions StringOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Inspect(object? value)
    {
        var builder = new StringBuilder();
        Append(builder, value, 0);
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, object? value, int depth)
    {
        switch (value)
        {
            case null:
                builder.Append("null");
                return;
            case JsonElement element:
                Append(builder, Execution.JsonValues.FromJsonElement(element), depth);
                return;
            case string text:
                builder.Append(JsonSerializer.Serialize(text, StringOptions));
                return;
            case bool flag:
                builder.Append(flag ? "true" : "false");
                return;
            case double number:
                builder.Append(FormatNumber(number));
                return;
            case float number:
                builder.Append(FormatNumber(number));
                return;
            case IFormattable formattable when value is int or long or short or byte or sbyte or uint or ulong or ushort or decimal:
                builder.Append(formattable.ToString(null, CultureInfo.InvariantCulture));
                return;
            case Enum enumValue:
                builder.Append(JsonSerializer.Serialize(enumValue.ToString(), StringOptions));
                return;
            case IEnumerable<KeyValuePair<string, object?>> map:
                AppendObject(builder, map, depth + 1);
                return;
            case IEnumerable list:
                AppendList(builder, list, depth + 1);
                return;
            default:
                builder.Append(value.ToString());
                return;
        }
    }

    private static void AppendObject(StringBuilder builder, IEnumerable<KeyValuePair<string, object?>> map, int depth)
    {
        using var entries = map.GetEnumerator();
        if (!entries.MoveNext())
        {
            builder.Append("{}");
            return;
        }

        if (depth > MaxDepth)
        {
            builder.Append("[Object]");
            return;
        }

        builder.Append("{ ");
        var first = true;
        do
        {
            if (!first)
            {
                builder.Append(", ");
            }

            first = false;
            builder.Append(entries.Current.Key).Append(": ");
            Append(builder, entries.Current.Value, depth);
        }
        while (entries.MoveNext());
        builder.Append(" }");
    }

    private static void AppendList(StringBuilder builder, IEnumerable list, int depth)
    {
        var items = new List<object?>();
        foreach (var item in list)
        {
            items.Add(item);
        }

        if (items.Count == 0)
        {
            builder.Append("[]");
            return;
        }

        if (depth > MaxDepth)
        {
            builder.Append("[Array]");
            return;
        }

        builder.Append('[');
        var shown = Math.Min(items.Count, MaxListItems);
        for (var i = 0; i < shown; i++)
        {
            if (i > 0)
            {
                builder.Append(", ");
            }

            Append(builder, items[i], depth);
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

    /// <summary>JavaScript number formatting: integral doubles print without a fraction (<c>1</c>, not <c>1.0</c>).</summary>
    internal static string FormatNumber(double number)
    {
        if (double.IsNaN(number))
        {
            return "NaN";
        }

        if (double.IsInfinity(number))
        {
            return number > 0 ? "Infinity" : "-Infinity";
        }

        var text = number.ToString("R", CultureInfo.InvariantCulture);
        var exponent = text.IndexOf('E');
        if (exponent < 0)
        {
            return text;
        }

        // JS writes 1e+21 and 1e-7 where .NET writes 1E+21 and 1E-07.
        var mantissa = text[..exponent];
        var sign = text[exponent + 1];
        var digits = text[(exponent + 2)..].TrimStart('0');
        return $"{mantissa}e{sign}{digits}";
    }
}
