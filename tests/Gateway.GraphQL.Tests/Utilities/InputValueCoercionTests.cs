using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;
using Gateway.GraphQL.Utilities;

namespace Gateway.GraphQL.Tests.Utilities;

public sealed class InputValueCoercionTests
{
    private static List<(string Path, string Message)> Errors(object? value, GraphQLType type)
    {
        var errors = new List<(string, string)>();
        InputValueCoercion.CoerceInputValue(value, type, (path, _, message) => errors.Add((string.Join(".", path), message)));
        return errors;
    }

    [Fact]
    public void Int_rejects_a_fraction_with_the_scalar_message()
    {
        Assert.Equal([("", "Int cannot represent non-integer value: 1.5")], Errors(1.5, BuiltInScalars.Int));
    }

    [Fact]
    public void List_items_are_coerced_and_reported_at_their_index()
    {
        var type = new ListType(BuiltInScalars.Int);

        Assert.Equal([("1", "Int cannot represent non-integer value: \"a\"")], Errors(new List<object?> { 1L, "a", 2L }, type));
        Assert.Equal(new List<object?> { 1, 2 }, InputValueCoercion.CoerceInputValue(new List<object?> { 1L, 2L }, type));
    }

    [Fact]
    public void Null_for_a_non_null_type_is_rejected()
    {
        Assert.Equal([("", "Expected non-nullable type \"Int!\" not to be null.")], Errors(null, new NonNullType(BuiltInScalars.Int)));
    }

    [Fact]
    public void Non_object_for_an_input_object_is_rejected()
    {
        var input = new InputObjectType("In");
        input.AddField(new InputValueDefinition("a", BuiltInScalars.Int));

        Assert.Equal([("", "Expected type \"In\" to be an object.")], Errors("x", input));
    }

    [Fact]
    public void Literal_coercion_reads_variables_and_wraps_single_values_in_lists()
    {
        var variables = new Dictionary<string, object?> { ["v"] = 3 };

        Assert.True(ValueFromAst.TryConvert(Parser.ParseValue("[1, $v, $missing]"), new ListType(BuiltInScalars.Int), variables, out var list));
        Assert.Equal(new List<object?> { 1, 3, null }, list);
        Assert.True(ValueFromAst.TryConvert(Parser.ParseValue("4"), new ListType(BuiltInScalars.Int), null, out var single));
        Assert.Equal(new List<object?> { 4 }, single);
        Assert.False(ValueFromAst.TryConvert(Parser.ParseValue("\"x\""), BuiltInScalars.Int, null, out _));
        Assert.False(ValueFromAst.TryConvert(Parser.ParseValue("null"), new NonNullType(BuiltInScalars.Int), null, out _));
    }

    [Fact]
    public void OneOf_literal_needs_exactly_one_non_null_field()
    {
        var oneOf = new InputObjectType("Either") { IsOneOf = true };
        oneOf.AddField(new InputValueDefinition("x", BuiltInScalars.Int));
        oneOf.AddField(new InputValueDefinition("y", BuiltInScalars.String));

        Assert.True(ValueFromAst.TryConvert(Parser.ParseValue("{ x: 1 }"), oneOf, null, out _));
        Assert.False(ValueFromAst.TryConvert(Parser.ParseValue("{ x: 1, y: \"a\" }"), oneOf, null, out _));
        Assert.False(ValueFromAst.TryConvert(Parser.ParseValue("{ x: null }"), oneOf, null, out _));
    }

    [Theory]
    [InlineData(null, "null")]
    [InlineData("a\"b", "\"a\\\"b\"")]
    [InlineData(1.0, "1")]
    [InlineData(1.5, "1.5")]
    public void Inspect_prints_values_like_graphql_js(object? value, string expected)
    {
        Assert.Equal(expected, ValueInspector.Inspect(value));
    }

    [Fact]
    public void Inspect_abbreviates_deep_and_long_values()
    {
        var deep = new Dictionary<string, object?> { ["a"] = new Dictionary<string, object?> { ["b"] = new Dictionary<string, object?> { ["c"] = 1 } }, ["l"] = new List<object?>() };
        var longList = Enumerable.Range(1, 12).Select(i => (object?)i).ToList();

        Assert.Equal("{ a: { b: [Object] }, l: [] }", ValueInspector.Inspect(deep));
        Assert.Equal("[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, ... 2 more items]", ValueInspector.Inspect(longList));
    }
}
