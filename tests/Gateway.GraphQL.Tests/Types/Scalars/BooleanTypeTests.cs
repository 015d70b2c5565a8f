using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Tests.Types.Scalars;

public sealed class BooleanTypeTests
{
    private static readonly ScalarType Boolean = BuiltInScalars.Boolean;

    [Theory]
    [InlineData(true, true)]
    [InlineData(0, false)]
    [InlineData(2.5, true)]
    public void Serializes_booleans_and_numbers(object value, bool expected) =>
        Assert.Equal(expected, Boolean.Serialize(value));

    [Fact]
    public void Serialize_rejects_strings() =>
        Assert.Equal(
            "Boolean cannot represent a non boolean value: \"true\"",
            Assert.Throws<ValueCoercionException>(() => Boolean.Serialize("true")).Message);

    [Fact]
    public void ParseValue_accepts_only_booleans()
    {
        Assert.Equal(false, Boolean.ParseValue(false));
        Assert.Equal(
            "Boolean cannot represent a non boolean value: 1",
            Assert.Throws<ValueCoercionException>(() => Boolean.ParseValue(1L)).Message);
    }

    [Fact]
    public void ParseLiteral_accepts_only_boolean_literals()
    {
        Assert.Equal(true, Boolean.ParseLiteral(new BooleanValueNode(true)));
        Assert.Equal(
            "Boolean cannot represent a non boolean value: TRUE",
            Assert.Throws<ValueCoercionException>(() => Boolean.ParseLiteral(new EnumValueNode("TRUE"))).Message);
    }
}
