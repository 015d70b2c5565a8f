using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Tests.Language;

/// <summary>Every syntax error reports the message, line and column graphql-js 16 reports for the same text.</summary>
public sealed class ParserErrorTests
{
    [Theory]
    [InlineData("{ a", "Syntax Error: Expected Name, found <EOF>.", 1, 4)]
    [InlineData("{ a(x: 01) }", "Syntax Error: Invalid number, unexpected digit after 0: \"1\".", 1, 9)]
    [InlineData("{ a(x: 1.) }", "Syntax Error: Invalid number, expected digit but got: \")\".", 1, 10)]
    [InlineData("{ a(x: 1.x) }", "Syntax Error: Invalid number, expected digit but got: \"x\".", 1, 10)]
    [InlineData("{ a(x: 1e) }", "Syntax Error: Invalid number, expected digit but got: \")\".", 1, 10)]
    [InlineData("{ a(x: 1a) }", "Syntax Error: Invalid number, expected digit but got: \"a\".", 1, 9)]
    [InlineData("{ a(x: 1.5.) }", "Syntax Error: Invalid number, expected digit but got: \".\".", 1, 11)]
    [InlineData("{ a(x: -) }", "Syntax Error: Invalid number, expected digit but got: \")\".", 1, 9)]
    [InlineData("{ a(x: \"abc) }", "Syntax Error: Unterminated string.", 1, 15)]
    [InlineData("{ a(x: \"ab\nc\") }", "Syntax Error: Unterminated string.", 1, 11)]
    [InlineData("{ a(x: \"\\x\") }", "Syntax Error: Invalid character escape sequence: \"\\x\".", 1, 9)]
    [InlineData("{ a(x: \"\\u{110000}\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\u{110000}\".", 1, 9)]
    [InlineData("{ a(x: \"\\uD800\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\uD800\".", 1, 9)]
    [InlineData("{ a(x: \"\\u{D800}\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\u{D800}\".", 1, 9)]
    [InlineData("?", "Syntax Error: Unexpected character: \"?\".", 1, 1)]
    [InlineData("\u0007", "Syntax Error: Unexpected character: U+0007.", 1, 1)]
    [InlineData("'", "Syntax Error: Unexpected single quote character ('), did you mean to use a double quote (\")?", 1, 1)]
    [InlineData("{ . }", "Syntax Error: Unexpected character: \".\".", 1, 3)]
    [InlineData("{ .. }", "Syntax Error: Unexpected character: \".\".", 1, 3)]
    [InlineData("{ a(x: \"\"\"abc) }", "Syntax Error: Unterminated string.", 1, 17)]
    [InlineData("query Q($v: Int = $x) { a }", "Syntax Error: Unexpected variable \"$x\" in constant value.", 1, 19)]
    [InlineData("fragment on on T { a }", "Syntax Error: Unexpected Name \"on\".", 1, 10)]
    [InlineData("foo", "Syntax Error: Unexpected Name \"foo\".", 1, 1)]
    [InlineData("\"desc\" { a }", "Syntax Error: Unexpected description, descriptions are not supported on shorthand queries.", 1, 1)]
    [InlineData("{ a(x: {b: 1, c}) }", "Syntax Error: Expected \":\", found \"}\".", 1, 16)]
    [InlineData("{ a: }", "Syntax Error: Expected Name, found \"}\".", 1, 6)]
    [InlineData("{}", "Syntax Error: Expected Name, found \"}\".", 1, 2)]
    [InlineData("query", "Syntax Error: Expected \"{\", found <EOF>.", 1, 6)]
    [InlineData("{ a @ }", "Syntax Error: Expected Name, found \"}\".", 1, 7)]
    [InlineData("\uFEFF{ a ", "Syntax Error: Expected Name, found <EOF>.", 1, 6)]
    [InlineData("{ é: 1 }", "Syntax Error: Unexpected character: U+00E9.", 1, 3)]
    [InlineData("{ a(x: \"é\") b c(", "Syntax Error: Expected Name, found <EOF>.", 1, 17)]
    [InlineData("\"\"\"a\n\n  b\n\"\"\" {", "Syntax Error: Unexpected description, descriptions are not supported on shorthand queries.", 1, 1)]
    [InlineData("{ a(x: 1.0e) }", "Syntax Error: Invalid number, expected digit but got: \")\".", 1, 12)]
    [InlineData("{ a(x: 00) }", "Syntax Error: Invalid number, unexpected digit after 0: \"0\".", 1, 9)]
    [InlineData("{ a(x: -01) }", "Syntax Error: Invalid number, unexpected digit after 0: \"1\".", 1, 10)]
    [InlineData("{ a(x: 0x) }", "Syntax Error: Invalid number, expected digit but got: \"x\".", 1, 9)]
    [InlineData("{ a(x: \"\\u12\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\u12\")\".", 1, 9)]
    [InlineData("{ a(x: \"\\u{}\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\u{}\".", 1, 9)]
    [InlineData("{ a(x: \"\\u{1F600\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\u{1F600\"\".", 1, 9)]
    [InlineData("{ a(x: \"\\uDE00\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\uDE00\".", 1, 9)]
    [InlineData("{ a(x: \"\\uD83Dx\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\uD83D\".", 1, 9)]
    [InlineData("{ a(x: \"\\u\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\u\") }\".", 1, 9)]
    [InlineData("# c\u0007\n{", "Syntax Error: Expected Name, found <EOF>.", 2, 2)]
    [InlineData("\u00a0", "Syntax Error: Unexpected character: U+00A0.", 1, 1)]
    [InlineData("😀", "Syntax Error: Unexpected character: U+1F600.", 1, 1)]
    [InlineData("{ a(x: \"😀\") b(", "Syntax Error: Expected Name, found <EOF>.", 1, 16)]
    [InlineData("extend", "Syntax Error: Unexpected <EOF>.", 1, 7)]
    [InlineData("extend type T", "Syntax Error: Unexpected <EOF>.", 1, 14)]
    [InlineData("extend schema", "Syntax Error: Unexpected <EOF>.", 1, 14)]
    [InlineData("type T implements", "Syntax Error: Expected Name, found <EOF>.", 1, 18)]
    [InlineData("type T implements A B { a: Int }", "Syntax Error: Unexpected Name \"B\".", 1, 21)]
    [InlineData("directive @d on FIELD | FOO", "Syntax Error: Unexpected Name \"FOO\".", 1, 25)]
    [InlineData("union U =", "Syntax Error: Expected Name, found <EOF>.", 1, 10)]
    [InlineData("{ a(x: [1,2) }", "Syntax Error: Unexpected \")\".", 1, 12)]
    [InlineData("scalar S @d(x: $v)", "Syntax Error: Unexpected variable \"$v\" in constant value.", 1, 16)]
    [InlineData("query ($v: Int @d(x: $v)) { a }", "Syntax Error: Unexpected variable \"$v\" in constant value.", 1, 22)]
    [InlineData("{ a(x: \"\\\") }", "Syntax Error: Unterminated string.", 1, 14)]
    [InlineData("{ a(x: \"\\", "Syntax Error: Invalid character escape sequence: \"\\\".", 1, 9)]
    [InlineData("{ a(x: \"\\é\") }", "Syntax Error: Invalid character escape sequence: \"\\é\".", 1, 9)]
    [InlineData("{ a(x: 1.\"", "Syntax Error: Invalid number, expected digit but got: '\"'.", 1, 10)]
    [InlineData("type Q {}", "Syntax Error: Expected Name, found \"}\".", 1, 9)]
    [InlineData("extend type Q", "Syntax Error: Unexpected <EOF>.", 1, 14)]
    [InlineData("\"d\" extend type Q { a: Int }", "Syntax Error: Unexpected description, only GraphQL definitions support descriptions.", 1, 1)]
    [InlineData("{ a(x: \"\\u{0000000041}\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\u{000000004\".", 1, 9)]
    [InlineData("{ a(x: \"\\u{FFFFFFFFF}\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\u{FFFFFFFF\".", 1, 9)]
    [InlineData("enum E { true }", "Syntax Error: Name \"true\" is reserved and cannot be used for an enum value.", 1, 10)]
    [InlineData("{ ...on }", "Syntax Error: Expected Name, found \"}\".", 1, 9)]
    [InlineData("{ ... on }", "Syntax Error: Expected Name, found \"}\".", 1, 10)]
    [InlineData("type T implements A & { a: Int }", "Syntax Error: Expected Name, found \"{\".", 1, 23)]
    [InlineData("{ a(x: -a) }", "Syntax Error: Invalid number, expected digit but got: \"a\".", 1, 9)]
    [InlineData("{ a(x: 1e+) }", "Syntax Error: Invalid number, expected digit but got: \")\".", 1, 11)]
    [InlineData("mutation", "Syntax Error: Expected \"{\", found <EOF>.", 1, 9)]
    [InlineData("query Q { a } garbage", "Syntax Error: Unexpected Name \"garbage\".", 1, 15)]
    public void Reports_the_reference_message_and_location(string source, string message, int line, int column)
    {
        var error = Assert.Throws<SyntaxException>(() => Parser.Parse(source));

        Assert.Equal(message, error.Message);
        Assert.Equal((line, column), (error.Line, error.Column));
    }

    // Lone surrogates cannot travel through theory data (the runner replaces them with U+FFFD), so these
    // cases are built in code.
    [Fact]
    public void Rejects_lone_surrogates_like_the_reference()
    {
        (string Source, string Message, int Line, int Column)[] cases =
        [
            ("{ a(x: \"\ud800\") }", "Syntax Error: Invalid character within String: U+D800.", 1, 9),
            ("\ud800", "Syntax Error: Invalid character: U+D800.", 1, 1),
            ("{ a(x: \"\"\"\n\ud800\"\"\") }", "Syntax Error: Invalid character within String: U+D800.", 2, 1),
            ("# c\ud800\n{", "Syntax Error: Invalid character: U+D800.", 1, 4),
        ];

        foreach (var (source, message, line, column) in cases)
        {
            var error = Assert.Throws<SyntaxException>(() => Parser.Parse(source));

            Assert.Equal(message, error.Message);
            Assert.Equal((line, column), (error.Line, error.Column));
        }
    }
}
