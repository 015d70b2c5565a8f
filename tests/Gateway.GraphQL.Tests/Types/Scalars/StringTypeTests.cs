using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Tests.Types.Scalars;

public sealed class StringTypeTests
{
    private static readonly ScalarType String = BuiltInScalars.String;

    [Theory]
    [InlineData("abc", "abc")]
    [InlineData(1, "1")]
    [InlineData(-1.5, "-1.5")]
    [InlineData(1e25, "1e+25")]
    [InlineData(true, "true")]
    [InlineData(DayOfWeek.Friday, "Friday")]
    public void Serializes_strings_numbers_and_booleans(object value, string expected) =>
        Assert.Equal(expected, String.Serialize(value));

    [Fact]
    public void Serialize_rejects_lists() =>
        Assert.Equal(
            "String cannot represent value: [\"a\"]",
            Assert.Throws<ValueCoercionException>(() => String.Serialize(new List<object?> { "a" })).Message);

    [Theory]
    [InlineData(1L, "String cannot represent a non string value: 1")]
    [InlineData(true, "String cannot represent a non string value: true")]
    public void ParseValue_accepts_only_strings(object value, string message)
    {
        Assert.Equal("x", String.ParseValue("x"));
        Assert.Equal(message, Assert.Throws<ValueCoercionException>(() => String.ParseValue(value)).Message);
    }

    [Fact]
    public void ParseLiteral_accepts_only_string_literals()
    {
        Assert.Equal("x", String.ParseLiteral(new StringValueNode("x", block: true)));
        Assert.Equal(
            "String cannot represent a non string value: 1",
            Assert.Throws<ValueCoercionException>(() => String.ParseLiteral(new IntValueNode("1"))).Message);
    }
}
