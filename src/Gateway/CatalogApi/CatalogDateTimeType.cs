using System.Globalization;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;
using Gateway.GraphQL.Utilities;

namespace Gateway.CatalogApi;

/// <summary>
/// The <c>CatalogDateTime</c> scalar: a <see cref="DateTimeOffset"/> written in UTC as RFC 3339 date-time with
/// seven fraction digits, the catalog store's own form, so values sort as text.
/// </summary>
public sealed class CatalogDateTimeType : ScalarType
{
    private const string Format = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    public CatalogDateTimeType()
        : base("CatalogDateTime")
    {
    }

    public override object? Serialize(object? value) => value switch
    {
        DateTimeOffset at => at.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture),
        _ => throw new ValueCoercionException($"CatalogDateTime cannot represent value: {ValueInspector.Inspect(value)}"),
    };

    public override object? ParseValue(object? value) => value is string text
        ? Parse(text)
        : throw new ValueCoercionException($"CatalogDateTime cannot represent a non string value: {ValueInspector.Inspect(value)}");

    public override object? ParseLiteral(ValueNode value) => value is StringValueNode text
        ? Parse(text.Value)
        : throw new ValueCoercionException($"CatalogDateTime cannot represent a non string value: {Printer.Print(value)}");

    // RFC 3339 requires the offset; DateTimeOffset.TryParse would take a local time without one.
    private static DateTimeOffset Parse(string text) =>
        (text.EndsWith('Z') || text.LastIndexOfAny(['+', '-']) > 10)
        && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out var at)
            ? at
            : throw new ValueCoercionException($"CatalogDateTime cannot represent \"{text}\": write an RFC 3339 date-time with its offset, e.g. \"2026-11-21T10:30:00Z\".");
}
