using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Tests.Types.Scalars;

public sealed class IdTypeTests
{
    private static readonly ScalarType Id = BuiltInScalars.ID;

    [Theory]
    [InlineData("a1", "a1")]
    [InlineData(123, "123")]
    [InlineData(9007199254740993L, "9007199254740993")]
    [InlineData(4.0, "4")]
    public void Serializes_strings_and_integers_as_strings(object value, string expected) =>
        Assert.Equal(expected, Id.Serialize(value));

    [Theory]
    [InlineData(true, "ID cannot represent value: true")]
    [InlineData(1.5, "ID cannot represent value: 1.5")]
    public void Serialize_rejects_other_values(object value, string message) =>
        Assert.Equal(message, Assert.Throws<ValueCoercionException>(() => Id.Serialize(value)).Message);

    [Fact]
    public void ParseValue_accepts_strings_and_integers()
    {
        Assert.Equal("7", Id.ParseValue(7L));
        Assert.Equal("x", Id.ParseValue("x"));
        Assert.Equal("ID cannot represent value: true", Assert.Throws<ValueCoercionException>(() => Id.ParseValue(true)).Message);
    }

    [Fact]
    public void ParseLiteral_accepts_string_and_int_literals()
    {
        Assert.Equal("12", Id.ParseLiteral(new IntValueNode("12")));
        Assert.Equal("ab", Id.ParseLiteral(new StringValueNode("ab", block: false)));
        Assert.Equal(
            "ID cannot represent a non-string and non-integer value: 1.5",
            Assert.Throws<ValueCoercionException>(() => Id.ParseLiteral(new FloatValueNode("1.5"))).Message);
    }
}
