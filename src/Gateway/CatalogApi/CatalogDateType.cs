using System.Globalization;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;
using Gateway.GraphQL.Utilities;

namespace Gateway.CatalogApi;

/// <summary>The <c>CatalogDate</c> scalar: a <see cref="DateOnly"/> written as RFC 3339 full-date (<c>2027-06-30</c>).</summary>
public sealed class CatalogDateType : ScalarType
{
    private const string Format = "yyyy-MM-dd";

    public CatalogDateType()
        : base("CatalogDate")
    {
    }

    public override object? Serialize(object? value) => value switch
    {
        DateOnly date => date.ToString(Format, CultureInfo.InvariantCulture),
        _ => throw new ValueCoercionException($"CatalogDate cannot represent value: {ValueInspector.Inspect(value)}"),
    };

    public override object? ParseValue(object? value) => value is string text
        ? Parse(text)
        : throw new ValueCoercionException($"CatalogDate cannot represent a non string value: {ValueInspector.Inspect(value)}; write a date as \"2027-06-30\".");

    public override object? ParseLiteral(ValueNode value) => value is StringValueNode text
        ? Parse(text.Value)
        : throw new ValueCoercionException($"CatalogDate cannot represent a non string value: {Printer.Print(value)}; write a date as \"2027-06-30\".");

    private static DateOnly Parse(string text) =>
        DateOnly.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new ValueCoercionException($"CatalogDate cannot represent \"{text}\": write a calendar date as YYYY-MM-DD, e.g. \"2027-06-30\".");
}
