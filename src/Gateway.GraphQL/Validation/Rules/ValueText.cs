using System.Text;
using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Validation.Rules;

/// <summary>
/// A value literal as graphql-js prints it inside error messages: <c>[1, 2]</c>, <c>{a: "x"}</c>, <c>$var</c>.
/// </summary>
internal static class ValueText
{
    public static string Print(ValueNode value)
    {
        var builder = new StringBuilder();
        Append(builder, value);
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, ValueNode value)
    {
        switch (value)
        {
            case VariableNode variable:
                builder.Append('$').Append(variable.Name.Value);
                break;
            case IntValueNode integer:
                builder.Append(integer.Value);
                break;
            case FloatValueNode number:
                builder.Append(number.Value);
                break;
            case StringValueNode { Block: true } block:
                AppendBlockString(builder, block.Value);
                break;
            case StringValueNode text:
                AppendQuoted(builder, text.Value);
                break;
            case BooleanValueNode boolean:
                builder.Append(boolean.Value ? "true" : "false");
                break;
            case NullValueNode:
                builder.Append("null");
                break;
            case EnumValueNode enumValue:
                builder.Append(enumValue.Value);
                break;
            case ListValueNode list:
                builder.Append('[');
                for (var i = 0; i < list.Values.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(", ");
                    }

                    Append(builder, list.Values[i]);
                }

                builder.Append(']');
                break;
            case ObjectValueNode obj:
                builder.Append('{');
                for (var i = 0; i < obj.Fields.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(", ");
                    }

                    builder.Append(obj.Fields[i].Name.Value).Append(": ");
                    Append(builder, obj.Fields[i].Value);
                }

                builder.Append('}');
                break;
        }
    }

    // Spec 2.9.4 StringCharacter escapes: quote, backslash and control characters.
    private static void AppendQuoted(StringBuilder builder, string text)
    {
        builder.Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (c < 0x20 || (c >= 0x7F && c <= 0x9F))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
    }

    // A block string keeps its lines; only a closing triple quote inside needs escaping.
    private static void AppendBlockString(StringBuilder builder, string text)
    {
        var escaped = text.Replace("\"\"\"", "\\\"\"\"", StringComparison.Ordinal);
        var multiLine = escaped.Contains('\n', StringComparison.Ordinal);
        builder.Append("\"\"\"");
        if (multiLine || escaped.EndsWith('"') || escaped.EndsWith('\\'))
        {
            builder.Append('\n').Append(escaped).Append('\n');
        }
        else
        {
            builder.Append(escaped);
        }

        builder.Append("\"\"\"");
    }
}
