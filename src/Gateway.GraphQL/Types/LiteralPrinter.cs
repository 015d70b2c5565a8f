using System.Globalization;
using System.Text;
using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Types;

/// <summary>
/// Writes a value literal as graphql-js's printer does (<c>{a: 1, b: [2, 3]}</c>), but strings always in
/// the quoted form with JSON-style escapes, as graphql-js prints values it turned back into literals
/// (default values, deprecation reasons and URLs in printed SDL).
/// </summary>
internal static class LiteralPrinter
{
    public static string Print(ValueNode value)
    {
        var builder = new StringBuilder();
        Append(builder, value);
        return builder.ToString();
    }

    public static void AppendString(StringBuilder builder, string value)
    {
        builder.Append('"');
        foreach (var c in value)
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
                case '\t':
                    builder.Append("\\t");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\f':
                    builder.Append("\\f");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case < '\u0020' or (>= '\u007f' and <= '\u009f'):
                    builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        builder.Append('"');
    }

    private static void Append(StringBuilder builder, ValueNode value)
    {
        switch (value)
        {
            case IntValueNode i:
                builder.Append(i.Value);
                break;
            case FloatValueNode f:
                builder.Append(f.Value);
                break;
            case StringValueNode s:
                AppendString(builder, s.Value);
                break;
            case BooleanValueNode b:
                builder.Append(b.Value ? "true" : "false");
                break;
            case NullValueNode:
                builder.Append("null");
                break;
            case EnumValueNode e:
                builder.Append(e.Value);
                break;
            case VariableNode v:
                builder.Append('$').Append(v.Name.Value);
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
}
