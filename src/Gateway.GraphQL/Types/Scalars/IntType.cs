using System.Globalization;
using System.Text.Json;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Utilities;

namespace Gateway.GraphQL.Types.Scalars;

/// <summary>Spec 3.5.1 Int: a signed 32-bit integer; coerced with graphql-js 16's rules and messages.</summary>
public sealed class IntType : ScalarType
{
    public IntType()
        : base("Int")
    {
        Description = "The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1.";
    }

    /// <summary>Result coercion: integral numbers in range, booleans as 1/0, numeric strings.</summary>
    public override object? Serialize(object? value)
    {
        switch (value)
        {
            // Already-boxed values are returned as they are: no new allocation on the hot path.
            case int:
                return value;
            case bool b:
                return b ? 1 : 0;
            case long or short or byte or sbyte or ushort or uint or ulong or double or float or decimal:
                return FromNumber(ToDouble(value), value);
            case string text when NumericText.TryParse(text, out var parsed):
                return FromNumber(parsed, text);
            case Enum:
                return FromNumber(Convert.ToDouble(value, CultureInfo.InvariantCulture), Convert.ToInt64(value, CultureInfo.InvariantCulture));
            case JsonElement { ValueKind: JsonValueKind.Number } element:
                return FromNumber(element.GetDouble(), element.GetDouble());
            case JsonElement { ValueKind: JsonValueKind.True }:
                return 1;
            case JsonElement { ValueKind: JsonValueKind.False }:
                return 0;
            case JsonElement { ValueKind: JsonValueKind.String } element:
                return Serialize(element.GetString());
            default:
                throw new ValueCoercionException($"Int cannot represent non-integer value: {ValueInspector.Inspect(value)}");
        }

        static int FromNumber(double number, object? shown)
        {
            if (!double.IsFinite(number) || Math.Floor(number) != number)
            {
                throw new ValueCoercionException($"Int cannot represent non-integer value: {ValueInspector.Inspect(shown)}");
            }

            if (number > int.MaxValue || number < int.MinValue)
            {
                throw new ValueCoercionException($"Int cannot represent non 32-bit signed integer value: {ValueInspector.Inspect(shown)}");
            }

            return (int)number;
        }
    }

    /// <summary>Input coercion of a JSON value: only integral numbers in range.</summary>
    public override object? ParseValue(object? value)
    {
        switch (value)
        {
            case int:
                return value;
            case long l when l is >= int.MinValue and <= int.MaxValue:
                return (int)l;
            case long or short or byte or sbyte or ushort or uint or ulong or double or float or decimal:
                var number = ToDouble(value);
                if (!double.IsFinite(number) || Math.Floor(number) != number)
                {
                    break;
                }

                if (number > int.MaxValue || number < int.MinValue)
                {
                    throw new ValueCoercionException($"Int cannot represent non 32-bit signed integer value: {ValueInspector.FormatNumber(number)}");
                }

                return (int)number;
        }

        throw new ValueCoercionException($"Int cannot represent non-integer value: {ValueInspector.Inspect(value)}");
    }

    /// <summary>Input coercion of a literal: only IntValue, in range.</summary>
    public override object? ParseLiteral(ValueNode value)
    {
        if (value is not IntValueNode intValue)
        {
            throw new ValueCoercionException($"Int cannot represent non-integer value: {Printer.Print(value)}");
        }

        if (!int.TryParse(intValue.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var result))
        {
            throw new ValueCoercionException($"Int cannot represent non 32-bit signed integer value: {intValue.Value}");
        }

        return result;
    }

    internal static double ToDouble(object value) => value switch
    {
        double d => d,
        float f => f,
        decimal m => (double)m,
        _ => Convert.ToDouble(value, CultureInfo.InvariantCulture),
    };
}
