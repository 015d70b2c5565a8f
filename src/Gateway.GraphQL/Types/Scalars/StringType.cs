using System.Globalization;
using System.Text.Json;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Utilities;

namespace Gateway.GraphQL.Types.Scalars;

/// <summary>Spec 3.5.3 String: textual data; coerced with graphql-js 16's rules and messages.</summary>
public sealed class StringType : ScalarType
{
    public StringType()
        : base("String")
    {
        Description = "The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String type is most often used by GraphQL to represent free-form human-readable text.";
    }

    /// <summary>Result coercion: strings, booleans as <c>"true"</c>/<c>"false"</c>, finite numbers as text.</summary>
    public override object? Serialize(object? value)
    {
        switch (value)
        {
            case string text:
                return text;
            case bool b:
                return b ? "true" : "false";
            case int or long or short or byte or sbyte or ushort or uint or ulong:
                return Convert.ToString(value, CultureInfo.InvariantCulture);
            case double or float or decimal:
                var number = IntType.ToDouble(value);
                if (double.IsFinite(number))
                {
                    return ValueInspector.FormatNumber(number);
                }

                break;

            // Deliberate extension over graphql-js: CLR enums and identifiers serialize as their text.
            case Enum or Guid:
                return value.ToString();
            case JsonElement { ValueKind: JsonValueKind.String } element:
                return element.GetString();
            case JsonElement { ValueKind: JsonValueKind.True }:
                return "true";
            case JsonElement { ValueKind: JsonValueKind.False }:
                return "false";
            case JsonElement { ValueKind: JsonValueKind.Number } element:
                return ValueInspector.FormatNumber(element.GetDouble());
        }

        throw new ValueCoercionException($"String cannot represent value: {ValueInspector.Inspect(value)}");
    }

    /// <summary>Input coercion of a JSON value: strings only.</summary>
    public override object? ParseValue(object? value) => value as string
        ?? throw new ValueCoercionException($"String cannot represent a non string value: {ValueInspector.Inspect(value)}");

    /// <summary>Input coercion of a literal: StringValue only.</summary>
    public override object? ParseLiteral(ValueNode value) => value is StringValueNode s
        ? s.Value
        : throw new ValueCoercionException($"String cannot represent a non string value: {Printer.Print(value)}");
}
