using System.Text;
using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Tests.Language;

public sealed class LexerTests
{
    [Fact]
    public void Reads_every_punctuator()
    {
        Assert.Equal(
            [TokenKind.Bang, TokenKind.Dollar, TokenKind.Ampersand, TokenKind.LeftParen, TokenKind.RightParen, TokenKind.Spread,
             TokenKind.Colon, TokenKind.Equals, TokenKind.At, TokenKind.LeftBracket, TokenKind.RightBracket, TokenKind.LeftBrace,
             TokenKind.Pipe, TokenKind.RightBrace],
            Kinds("! $ & ( ) ... : = @ [ ] { | }"));
    }

    [Fact]
    public void Skips_every_ignored_token()
    {
        var tokens = Tokens("\uFEFF \t,,\n\r\n\r# comment é 😀\n  name\uFEFF,other");

        Assert.Equal([(TokenKind.Name, "name", 5, 3), (TokenKind.Name, "other", 5, 9)], tokens);
    }

    [Theory]
    [InlineData("0", false)]
    [InlineData("-0", false)]
    [InlineData("1234567890", false)]
    [InlineData("-42", false)]
    [InlineData("99999999999999999999999999", false)]
    [InlineData("0.0", true)]
    [InlineData("-1.5", true)]
    [InlineData("1e10", true)]
    [InlineData("1E+10", true)]
    [InlineData("6.0221e-23", true)]
    [InlineData("-0.5E-2", true)]
    public void Reads_numbers_keeping_their_text(string source, bool isFloat)
    {
        Assert.Equal([(isFloat ? TokenKind.Float : TokenKind.Int, source, 1, 1)], Tokens(source));
    }

    [Theory]
    [InlineData("\"simple\"", "simple")]
    [InlineData("\"\"", "")]
    [InlineData("\" white space \"", " white space ")]
    [InlineData("\"quote \\\"\"", "quote \"")]
    [InlineData("\"escaped \\n\\r\\b\\t\\f\\/\\\\\"", "escaped \n\r\b\t\f/\\")]
    [InlineData("\"unicode \\u1234\\u5678\\u90AB\\uCDEF\"", "unicode \u1234\u5678\u90AB\uCDEF")]
    [InlineData("\"variable \\u{1F600} \\u{0041} \\u{00000041}\"", "variable 😀 A A")]
    [InlineData("\"pair \\uD83D\\uDE00\"", "pair 😀")]
    [InlineData("\"raw é 😀 \u0007\"", "raw é 😀 \u0007")]
    public void Reads_strings_with_every_escape(string source, string value)
    {
        Assert.Equal([(TokenKind.String, value, 1, 1)], Tokens(source));
    }

    [Theory]
    [InlineData("\"\"\"simple\"\"\"", "simple")]
    [InlineData("\"\"\" white space \"\"\"", " white space ")]
    [InlineData("\"\"\"contains \" quote\"\"\"", "contains \" quote")]
    [InlineData("\"\"\"contains \\\"\"\" triple quote\"\"\"", "contains \"\"\" triple quote")]
    [InlineData("\"\"\"multi\nline\"\"\"", "multi\nline")]
    [InlineData("\"\"\"multi\rline\r\nnormalized\"\"\"", "multi\nline\nnormalized")]
    [InlineData("\"\"\"unescaped \\n\\r\\b\\t\\f\\u1234\"\"\"", "unescaped \\n\\r\\b\\t\\f\\u1234")]
    [InlineData("\"\"\"\n\n    hello\n      world\n\n  \"\"\"", "hello\n  world")]
    [InlineData("\"\"\"  first\n    second\n  third\"\"\"", "  first\n  second\nthird")]
    [InlineData("\"\"\"\t\n\"\"\"", "")]
    [InlineData("\"\"\"\\\"\"\"\"\"\"", "\"\"\"")]
    public void Reads_block_strings_with_the_block_string_value_algorithm(string source, string value)
    {
        Assert.Equal([(TokenKind.BlockString, value, 1, 1)], Tokens(source));
    }

    [Fact]
    public void Names_repeat_without_new_strings()
    {
        var first = Tokens("repeated")[0].Text;
        var second = Tokens("x repeated")[1].Text;

        Assert.Same(first, second);
    }

    [Fact]
    public void Repeated_and_nearly_equal_string_values_each_keep_their_own_text()
    {
        // Short plain strings are interned: values that share a length, a prefix or a suffix must not mix up.
        var values = new[]
        {
            "cursor-1", "cursor-2", "cursor-1", "", "a-long-cursor-value-number-00001", "a-long-cursor-value-Number-00001",
            "a-long-cursor-value-number-00001", "a string value well over thirty-two bytes long", "\\u0041bc", "Abc", "é",
        };
        var arguments = string.Join(", ", values.Select((value, i) => $"a{i}: \"{value}\""));

        var document = Parser.Parse($"{{ f({arguments}) }}");

        var field = (FieldNode)((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections[0];
        string[] expected = [.. values.Select(value => value.Replace("\\u0041", "A"))];
        Assert.Equal(expected, field.Arguments.Select(argument => ((StringValueNode)argument.Value).Value));
    }

    [Fact]
    public void Reads_utf8_bytes_directly()
    {
        var document = Parser.Parse(Encoding.UTF8.GetBytes("{ a(x: \"é😀\") }"));

        var field = (FieldNode)((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections[0];
        Assert.Equal("é😀", ((StringValueNode)field.Arguments[0].Value).Value);
    }

    [Theory]
    [InlineData(new byte[] { (byte)'{', 0xFF, (byte)'}' }, "Syntax Error: Invalid character: byte 0xFF (invalid UTF-8).", 2)]
    [InlineData(new byte[] { (byte)'"', 0xC3, (byte)'"' }, "Syntax Error: Invalid character within String: byte 0xC3 (invalid UTF-8).", 2)]
    [InlineData(new byte[] { (byte)'"', 0xED, 0xA0, 0x80, (byte)'"' }, "Syntax Error: Invalid character within String: U+D800.", 2)]
    [InlineData(new byte[] { (byte)'"', (byte)'"', (byte)'"', 0xF8, (byte)'"', (byte)'"', (byte)'"' }, "Syntax Error: Invalid character within String: byte 0xF8 (invalid UTF-8).", 4)]
    [InlineData(new byte[] { (byte)'#', 0xE2, 0x82, (byte)'\n' }, "Syntax Error: Invalid character: byte 0xE2 (invalid UTF-8).", 2)]
    public void Invalid_utf8_is_a_syntax_error(byte[] source, string message, int column)
    {
        var error = Assert.Throws<SyntaxException>(() => Parser.Parse(source));

        Assert.Equal(message, error.Message);
        Assert.Equal((1, column), (error.Line, error.Column));
    }

    [Fact]
    public void Error_columns_count_utf16_units_on_the_error_line()
    {
        var error = Assert.Throws<SyntaxException>(() => Parser.Parse("{ a }\n# 😀é\n  \"😀\" ?"));

        Assert.Equal("Syntax Error: Unexpected character: \"?\".", error.Message);
        Assert.Equal((3, 8), (error.Line, error.Column));
    }

    private static List<TokenKind> Kinds(string source)
    {
        var kinds = new List<TokenKind>();
        foreach (var token in Tokens(source))
        {
            kinds.Add(token.Kind);
        }

        return kinds;
    }

    private static List<(TokenKind Kind, string Text, int Line, int Column)> Tokens(string source)
    {
        var tokens = new List<(TokenKind, string, int, int)>();
        var bytes = Encoding.UTF8.GetBytes(source);
        var lexer = new Utf8Lexer(bytes);
        lexer.Advance();
        while (lexer.Kind != TokenKind.EndOfFile)
        {
            var text = lexer.Kind switch
            {
                TokenKind.String or TokenKind.BlockString => lexer.StringValue!,
                TokenKind.Name => lexer.NameValue,
                _ => Encoding.UTF8.GetString(lexer.TokenBytes),
            };
            tokens.Add((lexer.Kind, text, lexer.Line, lexer.Column));
            lexer.Advance();
        }

        return tokens;
    }
}
