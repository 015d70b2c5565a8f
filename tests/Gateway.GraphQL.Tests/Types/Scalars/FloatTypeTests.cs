using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Tests.Types.Scalars;

public sealed class FloatTypeTests
{
    private static readonly ScalarType Float = BuiltInScalars.Float;

    [Theory]
    [InlineData(1, 1.0)]
    [InlineData(1.5, 1.5)]
    [InlineData(2.5f, 2.5)]
    [InlineData(true, 1.0)]
    [InlineData("-1.1", -1.1)]
    public void Serializes_numbers(object value, double expected) =>
        Assert.Equal(expected, Float.Serialize(value));

    [Theory]
    [InlineData("one", "Float cannot represent non numeric value: \"one\"")]
    [InlineData(double.PositiveInfinity, "Float cannot represent non numeric value: Infinity")]
    public void Serialize_rejects_non_numbers(object value, string message) =>
        Assert.Equal(message, Assert.Throws<ValueCoercionException>(() => Float.Serialize(value)).Message);

    [Fact]
    public void Parses_json_numbers()
    {
        Assert.Equal(3.0, Float.ParseValue(3L));
        Assert.Equal(0.25, Float.ParseValue(0.25));
    }

    [Theory]
    [InlineData("1", "Float cannot represent non numeric value: \"1\"")]
    [InlineData(false, "Float cannot represent non numeric value: false")]
    public void ParseValue_rejects_non_numbers(object value, string message) =>
        Assert.Equal(message, Assert.Throws<ValueCoercionException>(() => Float.ParseValue(value)).Message);

    [Fact]
    public void Parses_int_and_float_literals()
    {
        Assert.Equal(1.0, Float.ParseLiteral(new IntValueNode("1")));
        Assert.Equal(1.5e3, Float.ParseLiteral(new FloatValueNode("1.5e3")));
    }

    [Fact]
    public void ParseLiteral_rejects_strings() =>
        Assert.Equal(
            "Float cannot represent non numeric value: \"1.5\"",
            Assert.Throws<ValueCoercionException>(() => Float.ParseLiteral(new StringValueNode("1.5", block: false))).Message);
}
