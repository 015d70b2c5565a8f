using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Tests.Language;

public sealed class SyntaxComparerTests
{
    [Fact]
    public void Trees_that_differ_only_in_layout_and_locations_are_equal()
    {
        var compact = Parser.Parse("{a(x:{b:[1,2]},y:\"s\")@d{c}}");
        var spaced = Parser.Parse("\n\n{\n  a(x: { b: [1, 2] }, y: \"\"\"s\"\"\") @d {\n    c\n  }\n}", new ParserOptions { NoLocations = true });

        Assert.True(SyntaxComparer.AreEqual(compact, spaced));
    }

    [Theory]
    [InlineData("{ a(x: 1) }", "{ a(x: 1.0) }")]
    [InlineData("{ a(x: 1, y: 2) }", "{ a(y: 2, x: 1) }")]
    [InlineData("{ a(x: $v) }", "{ a(x: $w) }")]
    [InlineData("{ a(x: ENUM) }", "{ a(x: \"ENUM\") }")]
    [InlineData("{ a(x: [1]) }", "{ a(x: [1, 1]) }")]
    [InlineData("{ a(x: {b: 1}) }", "{ a(x: {c: 1}) }")]
    [InlineData("{ a(x: null) }", "{ a(x: false) }")]
    [InlineData("{ a: b }", "{ b }")]
    [InlineData("query Q { a }", "mutation Q { a }")]
    [InlineData("type T { f: Int }", "type T { f: Int! }")]
    [InlineData("directive @d on FIELD", "directive @d repeatable on FIELD")]
    [InlineData("\"a\" scalar S", "\"b\" scalar S")]
    public void Trees_that_differ_in_meaning_are_not_equal(string left, string right)
    {
        Assert.False(SyntaxComparer.AreEqual(Parser.Parse(left), Parser.Parse(right)));
    }

    [Fact]
    public void Compares_values_on_their_own_and_handles_null()
    {
        Assert.True(SyntaxComparer.AreEqual(Parser.ParseValue("{a: [1, \"x\"]}"), Parser.ParseValue("{ a: [ 1 \"x\" ] }")));
        Assert.True(SyntaxComparer.AreEqual(null, null));
        Assert.False(SyntaxComparer.AreEqual(Parser.ParseValue("1"), null));
        Assert.False(SyntaxComparer.AreEqual(Parser.ParseValue("1"), Parser.ParseType("Int")));
    }
}
