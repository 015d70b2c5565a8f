using System.Globalization;
using System.Text;
using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Introspection;

/// <summary>
/// Prints a default value literal for <c>__InputValue.defaultValue</c> (Spec 4.2.5: "a String encoding
/// (using the GraphQL language) of the default value"). Block strings are printed as ordinary strings,
/// as graphql-js 16 does (it re-creates the literal from the coerced value).
/// </summary>
/// <remarks>
/// Deliberate difference from graphql-js 16: the literal is printed as written, not coerced first. So
/// <c>[{field: NAME}]</c> for a list of input objects whose <c>direction</c> defaults to <c>ASC</c>
/// stays <c>[{field: NAME}]</c> (graphql-js: <c>[{field: NAME, direction: ASC}]</c>), and a Float
/// default written <c>1.0</c> stays <c>1.0</c> (graphql-js: <c>1</c>). Both denote the same value.
/// </remarks>
internal static class DefaultValueText
{
    public static string Print(ValueNode value)
    {
        if (value is IntValueNode or BooleanValueNode or EnumValueNode or NullValueNode or FloatValueNode)
        {
            return Scalar(value);
        }

        var builder = new StringBuilder();
        Append(builder, value);
        return builder.ToString();
    }

    private static string Scalar(ValueNode value) => value switch
    {
        IntValueNode i => i.Value,
        FloatValueNode f => f.Value,
        BooleanValueNode b => b.Value ? "true" : "false",
        EnumValueNode e => e.Value,
        _ => "null",
    };

    private static void Append(StringBuilder builder, ValueNode value)
    {
        switch (value)
        {
            case StringValueNode s:
                AppendString(builder, s.Value);
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
            case VariableNode variable:
                builder.Append('$').Append(variable.Name.Value);
                break;
            default:
                builder.Append(Scalar(value));
                break;
        }
    }

    /// <summary>Spec 2.9.4 StringValue, escaping what must be escaped and the C0/C1 control characters.</summary>
    private static void AppendString(StringBuilder builder, string value)
    {
        builder.Append('"');
        foreach (var c in value)
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
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
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
}
