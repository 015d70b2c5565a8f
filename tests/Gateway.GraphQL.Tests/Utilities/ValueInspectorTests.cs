using Gateway.GraphQL.Utilities;

namespace Gateway.GraphQL.Tests.Utilities;

/// <summary>Expected texts are what Node's <c>String(number)</c> and graphql-js 16.15's <c>inspect</c> print for the same values.</summary>
public sealed class ValueInspectorTests
{
    [Theory]
    [InlineData(1e21, "1e+21")]
    [InlineData(1.5e21, "1.5e+21")]
    [InlineData(1e16, "10000000000000000")]
    [InlineData(123456789012345680000d, "123456789012345680000")]
    [InlineData(1e-7, "1e-7")]
    [InlineData(1.5e-7, "1.5e-7")]
    [InlineData(1e-6, "0.000001")]
    [InlineData(0.000001234, "0.000001234")]
    [InlineData(1e-5, "0.00001")]
    [InlineData(0.1, "0.1")]
    [InlineData(100d, "100")]
    [InlineData(-0d, "0")]
    [InlineData(-1.25e-10, "-1.25e-10")]
    [InlineData(9007199254740992d, "9007199254740992")]
    [InlineData(double.MaxValue, "1.7976931348623157e+308")]
    [InlineData(double.Epsilon, "5e-324")]
    [InlineData(123.456, "123.456")]
    [InlineData(-42d, "-42")]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.NegativeInfinity, "-Infinity")]
    public void Numbers_print_as_JavaScript_prints_them(double number, string expected) =>
        Assert.Equal(expected, ValueInspector.FormatNumber(number));

    [Fact]
    public void Strings_are_quoted_as_JSON_stringify_quotes_them() =>
        Assert.Equal("\"a\\\"b\\\\c\\n\\t\\u0001é😀\"", ValueInspector.Inspect("a\"b\\c\n\t\u0001é😀"));

    [Fact]
    public void Nested_objects_and_lists_are_abbreviated_past_two_levels() =>
        Assert.Equal(
            "{ a: [1, [Array]], b: { c: [Object] } }",
            ValueInspector.Inspect(new Dictionary<string, object?>
            {
                ["a"] = new List<object?> { 1, new List<object?> { 2 } },
                ["b"] = new Dictionary<string, object?> { ["c"] = new Dictionary<string, object?> { ["d"] = 1 } },
            }));
}
