using System.Globalization;
using System.Text.Json;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Utilities;

namespace Gateway.GraphQL.Types.Scalars;

/// <summary>Spec 3.5.5 ID: serialized as a string, accepted as a string or an integer.</summary>
public sealed class IdType : ScalarType
{
    public IdType()
        : base("ID")
    {
        Description = "The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. The ID type appears in a JSON response as a String; however, it is not intended to be human-readable. When expected as an input type, any string (such as `\"4\"`) or integer (such as `4`) input value will be accepted as an ID.";
    }

    /// <summary>Result coercion: strings, and integral numbers as text.</summary>
    public override object? Serialize(object? value)
    {
        switch (value)
        {
            case string text:
                return text;

            // Deliberate extension over graphql-js: identifiers resolvers commonly return.
            case Guid guid:
                return guid.ToString();
            case JsonElement { ValueKind: JsonValueKind.String } element:
                return element.GetString();
            case JsonElement { ValueKind: JsonValueKind.Number } element:
                return Serialize(element.GetDouble());
            default:
                if (TryFormatInteger(value, out var integer))
                {
                    return integer;
                }

                break;
        }

        throw new ValueCoercionException($"ID cannot represent value: {ValueInspector.Inspect(value)}");
    }

    /// <summary>Input coercion of a JSON value: strings, and integral numbers as text.</summary>
    public override object? ParseValue(object? value)
    {
        if (value is string text)
        {
            return text;
        }

        if (TryFormatInteger(value, out var integer))
        {
            return integer;
        }

        throw new ValueCoercionException($"ID cannot represent value: {ValueInspector.Inspect(value)}");
    }

    /// <summary>Input coercion of a literal: StringValue or IntValue.</summary>
    public override object? ParseLiteral(ValueNode value) => value switch
    {
        StringValueNode s => s.Value,
        IntValueNode i => i.Value,
        _ => throw new ValueCoercionException($"ID cannot represent a non-string and non-integer value: {Printer.Print(value)}"),
    };

    private static bool TryFormatInteger(object? value, out string text)
    {
        switch (value)
        {
            case int or long or short or byte or sbyte or ushort or uint or ulong:
                text = Convert.ToString(value, CultureInfo.InvariantCulture)!;
                return true;
            case double or float or decimal:
                var number = IntType.ToDouble(value);
                if (double.IsFinite(number) && Math.Floor(number) == number)
                {
                    text = ValueInspector.FormatNumber(number);
                    return true;
                }

                break;
        }

        text = string.Empty;
        return false;
    }
}
