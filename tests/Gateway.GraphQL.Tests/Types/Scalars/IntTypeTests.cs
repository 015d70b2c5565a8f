using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Tests.Types.Scalars;

public sealed class IntTypeTests
{
    private static readonly ScalarType Int = BuiltInScalars.Int;

    [Theory]
    [InlineData(1, 1)]
    [InlineData(-1L, -1)]
    [InlineData(1.0, 1)]
    [InlineData(true, 1)]
    [InlineData(false, 0)]
    [InlineData("123", 123)]
    [InlineData("-1e3", -1000)]
    public void Serializes_integral_values(object value, int expected) =>
        Assert.Equal(expected, Int.Serialize(value));

    [Fact]
    public void Serializes_decimal_and_enum_values()
    {
        Assert.Equal(5, Int.Serialize(5m));
        Assert.Equal(1, Int.Serialize(DayOfWeek.Monday));
    }

    [Theory]
    [InlineData(1.5, "Int cannot represent non-integer value: 1.5")]
    [InlineData(2147483648L, "Int cannot represent non 32-bit signed integer value: 2147483648")]
    [InlineData(-2147483649.0, "Int cannot represent non 32-bit signed integer value: -2147483649")]
    [InlineData("1.5", "Int cannot represent non-integer value: \"1.5\"")]
    [InlineData("", "Int cannot represent non-integer value: \"\"")]
    [InlineData("abc", "Int cannot represent non-integer value: \"abc\"")]
    [InlineData(double.NaN, "Int cannot represent non-integer value: NaN")]
    [InlineData(1e100, "Int cannot represent non 32-bit signed integer value: 1e+100")]
    public void Serialize_rejects_non_integers(object value, string message) =>
        Assert.Equal(message, Assert.Throws<ValueCoercionException>(() => Int.Serialize(value)).Message);

    [Fact]
    public void Serialize_rejects_lists_with_their_contents_in_the_message() =>
        Assert.Equal(
            "Int cannot represent non-integer value: [1, 2]",
            Assert.Throws<ValueCoercionException>(() => Int.Serialize(new List<object?> { 1L, 2L })).Message);

    [Theory]
    [InlineData(5L, 5)]
    [InlineData(-2147483648L, -2147483648)]
    [InlineData(3.0, 3)]
    public void Parses_json_integers(object value, int expected) =>
        Assert.Equal(expected, Int.ParseValue(value));

    [Theory]
    [InlineData(1.5, "Int cannot represent non-integer value: 1.5")]
    [InlineData("1", "Int cannot represent non-integer value: \"1\"")]
    [InlineData(true, "Int cannot represent non-integer value: true")]
    [InlineData(2147483648L, "Int cannot represent non 32-bit signed integer value: 2147483648")]
    [InlineData(1e21, "Int cannot represent non 32-bit signed integer value: 1e+21")]
    public void ParseValue_rejects_what_graphql_js_rejects(object value, string message) =>
        Assert.Equal(message, Assert.Throws<ValueCoercionException>(() => Int.ParseValue(value)).Message);

    [Fact]
    public void ParseValue_rejects_objects_with_their_contents_in_the_message() =>
        Assert.Equal(
            "Int cannot represent non-integer value: { a: 1 }",
            Assert.Throws<ValueCoercionException>(() => Int.ParseValue(new Dictionary<string, object?> { ["a"] = 1L })).Message);

    [Fact]
    public void Parses_int_literals() => Assert.Equal(-42, Int.ParseLiteral(new IntValueNode("-42")));

    [Theory]
    [MemberData(nameof(InvalidLiterals))]
    public void ParseLiteral_rejects_other_literals(ValueNode literal, string message) =>
        Assert.Equal(message, Assert.Throws<ValueCoercionException>(() => Int.ParseLiteral(literal)).Message);

    public static TheoryData<ValueNode, string> InvalidLiterals() => new()
    {
        { new FloatValueNode("1.5"), "Int cannot represent non-integer value: 1.5" },
        { new StringValueNode("1", block: false), "Int cannot represent non-integer value: \"1\"" },
        { new IntValueNode("2147483648"), "Int cannot represent non 32-bit signed integer value: 2147483648" },
        { new ListValueNode([new IntValueNode("1")]), "Int cannot represent non-integer value: [1]" },
        { new ObjectValueNode([new ObjectFieldNode(new NameNode("a"), new EnumValueNode("B"))]), "Int cannot represent non-integer value: {a: B}" },
        { new VariableNode(new NameNode("v")), "Int cannot represent non-integer value: $v" },
    };
}
