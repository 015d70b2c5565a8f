using System.Globalization;
using System.Text.Json;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Utilities;

namespace Gateway.GraphQL.Types.Scalars;

/// <summary>Spec 3.5.2 Float: a finite double; coerced with graphql-js 16's rules and messages.</summary>
public sealed class FloatType : ScalarType
{
    public FloatType()
        : base("Float")
    {
        Description = "The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point).";
    }

    /// <summary>Result coercion: finite numbers, booleans as 1/0, numeric strings.</summary>
    public override object? Serialize(object? value)
    {
        switch (value)
        {
            // Already-boxed values are returned as they are: no new allocation on the hot path.
            case double d when double.IsFinite(d):
                return value;
            case bool b:
                return b ? 1.0 : 0.0;
            case int or long or short or byte or sbyte or ushort or uint or ulong or float or decimal:
                var number = IntType.ToDouble(value);
                if (double.IsFinite(number))
                {
                    return number;
                }

                break;
            case string text when NumericText.TryParse(text, out var parsed):
                return parsed;
            case Enum:
                return Convert.ToDouble(value, CultureInfo.InvariantCulture);
            case JsonElement { ValueKind: JsonValueKind.Number } element:
                return element.GetDouble();
            case JsonElement { ValueKind: JsonValueKind.True }:
                return 1.0;
            case JsonElement { ValueKind: JsonValueKind.False }:
                return 0.0;
            case JsonElement { ValueKind: JsonValueKind.String } element:
                return Serialize(element.GetString());
        }

        throw new ValueCoercionException($"Float cannot represent non numeric value: {ValueInspector.Inspect(value)}");
    }

    /// <summary>Input coercion of a JSON value: finite numbers only.</summary>
    public override object? ParseValue(object? value)
    {
        switch (value)
        {
            case double d when double.IsFinite(d):
                return value;
            case int or long or short or byte or sbyte or ushort or uint or ulong or float or decimal:
                var number = IntType.ToDouble(value);
                if (double.IsFinite(number))
                {
                    return number;
                }

                break;
        }

        throw new ValueCoercionException($"Float cannot represent non numeric value: {ValueInspector.Inspect(value)}");
    }

    /// <summary>Input coercion of a literal: IntValue or FloatValue.</summary>
    public override object? ParseLiteral(ValueNode value) => value switch
    {
        FloatValueNode f => double.Parse(f.Value, NumberStyles.Float, CultureInfo.InvariantCulture),
        IntValueNode i => double.Parse(i.Value, NumberStyles.Float, CultureInfo.InvariantCulture),
        _ => throw new ValueCoercionException($"Float cannot represent non numeric value: {Printer.Print(value)}"),
    };
}
