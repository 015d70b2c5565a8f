using System.Text.Json;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Utilities;

namespace Gateway.GraphQL.Types.Scalars;

/// <summary>Spec 3.5.4 Boolean: true or false; coerced with graphql-js 16's rules and messages.</summary>
public sealed class BooleanType : ScalarType
{
    public BooleanType()
        : base("Boolean")
    {
        Description = "The `Boolean` scalar type represents `true` or `false`.";
    }

    /// <summary>Result coercion: booleans, and finite numbers as "not zero".</summary>
    public override object? Serialize(object? value)
    {
        switch (value)
        {
            case bool:
                return value;
            case int or long or short or byte or sbyte or ushort or uint or ulong or double or float or decimal:
                var number = IntType.ToDouble(value);
                if (double.IsFinite(number))
                {
                    return number != 0;
                }

                break;
            case JsonElement { ValueKind: JsonValueKind.True }:
                return true;
            case JsonElement { ValueKind: JsonValueKind.False }:
                return false;
            case JsonElement { ValueKind: JsonValueKind.Number } element:
                return element.GetDouble() != 0;
        }

        throw new ValueCoercionException($"Boolean cannot represent a non boolean value: {ValueInspector.Inspect(value)}");
    }

    /// <summary>Input coercion of a JSON value: booleans only.</summary>
    public override object? ParseValue(object? value) => value is bool
        ? value
        : throw new ValueCoercionException($"Boolean cannot represent a non boolean value: {ValueInspector.Inspect(value)}");

    /// <summary>Input coercion of a literal: BooleanValue only.</summary>
    public override object? ParseLiteral(ValueNode value) => value is BooleanValueNode b
        ? b.Value
        : throw new ValueCoercionException($"Boolean cannot represent a non boolean value: {Printer.Print(value)}");
}
