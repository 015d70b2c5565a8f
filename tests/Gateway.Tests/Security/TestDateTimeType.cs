using System.Globalization;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.Tests.Security;

/// <summary>The catalog core's <c>CatalogDateTime</c> for the access API tests: RFC 3339 date-times in UTC.</summary>
public sealed class TestDateTimeType() : ScalarType("CatalogDateTime")
{
    public override object? Serialize(object? value) =>
        ((DateTimeOffset)value!).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    public override object? ParseValue(object? value) => DateTimeOffset.Parse((string)value!, CultureInfo.InvariantCulture);

    public override object? ParseLiteral(ValueNode value) => DateTimeOffset.Parse(((StringValueNode)value).Value, CultureInfo.InvariantCulture);
}
