using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Gateway.GraphQL.Utilities;

/// <summary>
/// Renders a plain value the way graphql-js's <c>inspect</c> does in error messages (strings as
/// <c>JSON.stringify</c> quotes them, numbers as JavaScript prints them, <c>{ a: 1, b: "x" }</c>,
/// <c>[1, 2]</c>, nesting beyond two levels as <c>[Object]</c>/<c>[Array]</c>, lists cut after ten
/// items), so messages compare equal with the reference implementation.
/// </summary>
public static class ValueInspector
{
    private const int MaxDepth = 2;
    private const int MaxListItems = 10;

    public static string Inspect(object? value)
    {
        var builder = new StringBuilder();
        Append(builder, value, 0);
        return builder.ToString();
    }

    /// <summary>
    /// A number as JavaScript's <c>String(number)</c> writes it (ECMAScript Number::toString): the
    /// shortest digits that round-trip, positional from 1e-7 up to 1e21 (<c>0.000001</c>,
    /// <c>100000000000000000000</c>), exponential outside (<c>1e+21</c>, <c>1.5e-7</c>).
    /// </summary>
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

        // "R" gives the shortest round-trip digits, as "d.dddE+xx" or positional; take the digits and
        // the position n of the decimal point relative to them (value = 0.digits x 10^n).
        var roundTrip = Math.Abs(number).ToString("R", CultureInfo.InvariantCulture);
        var exponentAt = roundTrip.IndexOf('E');
        var mantissa = exponentAt < 0 ? roundTrip : roundTrip[..exponentAt];
        var exponent = exponentAt < 0 ? 0 : int.Parse(roundTrip.AsSpan(exponentAt + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var point = mantissa.IndexOf('.');
        var digits = point < 0 ? mantissa : string.Concat(mantissa.AsSpan(0, point), mantissa.AsSpan(point + 1));
        var n = (point < 0 ? mantissa.Length : point) + exponent;
        var leadingZeros = 0;
        while (leadingZeros < digits.Length - 1 && digits[leadingZeros] == '0')
        {
            leadingZeros++;
        }

        digits = digits[leadingZeros..].TrimEnd('0');
        n -= leadingZeros;
        var k = digits.Length;

        var text = new StringBuilder();
        if (number < 0)
        {
            text.Append('-');
        }

        if (k <= n && n <= 21)
        {
            text.Append(digits).Append('0', n - k);
        }
        else if (0 < n && n <= 21)
        {
            text.Append(digits, 0, n).Append('.').Append(digits, n, k - n);
        }
        else if (-6 < n && n <= 0)
        {
            text.Append("0.").Append('0', -n).Append(digits);
        }
        else
        {
            text.Append(digits[0]);
            if (k > 1)
            {
                text.Append('.').Append(digits, 1, k - 1);
            }

            text.Append('e').Append(n - 1 >= 0 ? '+' : '-').Append(Math.Abs(n - 1).ToString(CultureInfo.InvariantCulture));
        }

        return text.ToString();
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
                AppendQuoted(builder, text);
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
            case decimal number:
                builder.Append(FormatNumber((double)number));
                return;
            case IFormattable formattable when value is int or long or short or byte or sbyte or uint or ulong or ushort:
                builder.Append(formattable.ToString(null, CultureInfo.InvariantCulture));
                return;
            case Enum enumValue:
                AppendQuoted(builder, enumValue.ToString());
                return;
            case IEnumerable<KeyValuePair<string, object?>> map:
                AppendObject(builder, map, depth + 1);
                return;
            case IDictionary dictionary:
                AppendObject(builder, Entries(dictionary), depth + 1);
                return;
            case IEnumerable list:
                AppendList(builder, list, depth + 1);
                return;
            default:
                builder.Append(Convert.ToString(value, CultureInfo.InvariantCulture));
                return;
        }
    }

    /// <summary>JSON.stringify quoting: quotes, backslashes and control characters escaped, everything else as it is.</summary>
    private static void AppendQuoted(StringBuilder builder, string text)
    {
        builder.Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\b':
                    builder.Append("\\b");
                    break;
                case '\f':
                    builder.Append("\\f");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                case < ' ':
                    builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        builder.Append('"');
    }

    private static IEnumerable<KeyValuePair<string, object?>> Entries(IDictionary dictionary)
    {
        foreach (DictionaryEntry entry in dictionary)
        {
            yield return new(Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? string.Empty, entry.Value);
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
}
