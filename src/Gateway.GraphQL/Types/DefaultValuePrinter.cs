using System.Globalization;
using System.Text;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types.Scalars;
using Gateway.GraphQL.Utilities;

namespace Gateway.GraphQL.Types;

/// <summary>
/// Prints a default value as graphql-js does after coercing it and turning it back into a literal
/// (<c>astFromValue</c>): input object fields in the type's order, Float values in JavaScript number
/// form (<c>1.0</c> prints as <c>1</c>), integer-like ID strings as integers, strings never as blocks.
/// </summary>
internal static class DefaultValuePrinter
{
    public static void Append(StringBuilder builder, ValueNode value, GraphQLType type)
    {
        if (value is NullValueNode)
        {
            builder.Append("null");
            return;
        }

        switch (type)
        {
            case NonNullType nonNull:
                Append(builder, value, nonNull.OfType);
                return;
            case ListType list when value is ListValueNode items:
                builder.Append('[');
                for (var i = 0; i < items.Values.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(", ");
                    }

                    Append(builder, items.Values[i], list.OfType);
                }

                builder.Append(']');
                return;
            case ListType list:
                // Spec 3.12 input coercion makes a single value a list of one.
                builder.Append('[');
                Append(builder, value, list.OfType);
                builder.Append(']');
                return;
            case InputObjectType input when value is ObjectValueNode obj:
                builder.Append('{');
                var first = true;
                foreach (var field in input.Fields.Values)
                {
                    foreach (var given in obj.Fields)
                    {
                        if (given.Name.Value != field.Name)
                        {
                            continue;
                        }

                        if (!first)
                        {
                            builder.Append(", ");
                        }

                        builder.Append(field.Name).Append(": ");
                        Append(builder, given.Value, field.Type);
                        first = false;
                        break;
                    }
                }

                builder.Append('}');
                return;
            case FloatType when value is IntValueNode or FloatValueNode:
                var text = value is IntValueNode integer ? integer.Value : ((FloatValueNode)value).Value;
                builder.Append(ValueInspector.FormatNumber(double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture)));
                return;
            case IdType when value is StringValueNode s && IsIntegerText(s.Value):
                builder.Append(s.Value);
                return;
        }

        builder.Append(Printer.PrintDefaultValue(value));
    }

    private static bool IsIntegerText(string text)
    {
        var start = text.StartsWith('-') ? 1 : 0;
        if (text.Length == start || (text[start] == '0' && text.Length > start + 1))
        {
            return false;
        }

        for (var i = start; i < text.Length; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
