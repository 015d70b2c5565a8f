using System.Text;
using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Tests.Language;

/// <summary>The parser's limits turn hostile input into one clear syntax error, never a stack overflow.</summary>
public sealed class ParserLimitTests
{
    private const int Hostile = 100_000;

    public static TheoryData<string, string> DeeplyNested => new()
    {
        { "selection sets", "{" + Repeat("a{", Hostile) },
        { "list values", "{ a(x: " + Repeat("[", Hostile) },
        { "object values", "{ a(x: " + Repeat("{b: ", Hostile) },
        { "list types", "query ($v: " + Repeat("[", Hostile) },
        { "default values", "query ($v: Int = " + Repeat("[", Hostile) },
        { "directive arguments", "type T @d(x: " + Repeat("[", Hostile) },
        { "input value defaults", "input I { f: Int = " + Repeat("{a: ", Hostile) },
    };

    [Theory]
    [MemberData(nameof(DeeplyNested))]
    public void Rejects_deep_nesting_at_the_depth_limit(string shape, string source)
    {
        var error = Assert.Throws<SyntaxException>(() => Parser.Parse(source));

        Assert.StartsWith("Syntax Error: Document nesting exceeds the maximum depth of 256.", error.Message);
        Assert.Equal(1, error.Line);
        Assert.True(error.Column > 256, shape);
    }

    [Fact]
    public void Nesting_exactly_at_the_limit_parses()
    {
        var source = "{ a(x: " + Repeat("[", 255) + Repeat("]", 255) + ") }";

        var document = Parser.Parse(source);

        Assert.Single(document.Definitions);
    }

    [Fact]
    public void Reports_the_position_of_the_first_bracket_past_the_limit()
    {
        var error = Assert.Throws<SyntaxException>(() => Parser.ParseValue(Repeat("[", 10), new ParserOptions { MaxDepth = 3 }));

        Assert.Equal("Syntax Error: Document nesting exceeds the maximum depth of 3.", error.Message);
        Assert.Equal((1, 4), (error.Line, error.Column));
    }

    [Fact]
    public void Unbounded_depth_still_stops_before_the_stack_overflows()
    {
        var options = new ParserOptions { MaxDepth = int.MaxValue, MaxTokens = int.MaxValue };
        var source = "{ a(x: " + Repeat("[", 1_000_000) + "1" + Repeat("]", 1_000_000) + ") }";

        var error = Assert.Throws<SyntaxException>(() => RunOnSmallStack(() => Parser.Parse(source, options)));

        Assert.Equal("Syntax Error: Document is nested too deeply to parse on this thread.", error.Message);
    }

    [Fact]
    public void Rejects_documents_with_more_tokens_than_allowed()
    {
        var error = Assert.Throws<SyntaxException>(() => Parser.Parse("{ a b c d e }", new ParserOptions { MaxTokens = 4 }));

        Assert.Equal("Syntax Error: Document contains more than 4 tokens. Parsing aborted.", error.Message);
        Assert.Equal((1, 9), (error.Line, error.Column));
    }

    [Fact]
    public void Default_token_limit_stops_a_huge_flat_document()
    {
        var source = "{" + Repeat(" a", 100_000) + " }";

        var error = Assert.Throws<SyntaxException>(() => Parser.Parse(source));

        Assert.Equal("Syntax Error: Document contains more than 100000 tokens. Parsing aborted.", error.Message);
    }

    [Fact]
    public void Rejects_documents_larger_than_the_byte_limit()
    {
        var options = new ParserOptions { MaxDocumentBytes = 10 };

        var fromString = Assert.Throws<SyntaxException>(() => Parser.Parse("{ aaaaaaaaaaaa }", options));
        var fromBytes = Assert.Throws<SyntaxException>(() => Parser.Parse("{ aaaaaaaaaaaa }"u8, options));

        Assert.Equal("Syntax Error: Document is larger than the maximum of 10 bytes.", fromString.Message);
        Assert.Equal("Syntax Error: Document is larger than the maximum of 10 bytes.", fromBytes.Message);
        Assert.Equal((1, 1), (fromBytes.Line, fromBytes.Column));
    }

    [Fact]
    public void Byte_limit_counts_utf8_bytes_not_characters()
    {
        // Six characters, twelve UTF-8 bytes.
        var error = Assert.Throws<SyntaxException>(() => Parser.Parse("\"éééé\"", new ParserOptions { MaxDocumentBytes = 8 }));

        Assert.Equal("Syntax Error: Document is larger than the maximum of 8 bytes.", error.Message);
    }

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();

    private static T RunOnSmallStack<T>(Func<T> action)
    {
        T? result = default;
        Exception? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    result = action();
                }
                catch (Exception exception)
                {
                    failure = exception;
                }
            },
            256 * 1024);
        thread.Start();
        thread.Join();
        if (failure is not null)
        {
            throw failure;
        }

        return result!;
    }
}
