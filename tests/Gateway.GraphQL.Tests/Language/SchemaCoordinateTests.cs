using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Tests.Language;

public sealed class SchemaCoordinateTests
{
    [Theory]
    [InlineData("Type", false, "Type", null, null)]
    [InlineData("Type.field", false, "Type", "field", null)]
    [InlineData("Type.field(arg:)", false, "Type", "field", "arg")]
    [InlineData("@dir", true, "dir", null, null)]
    [InlineData("@dir(arg:)", true, "dir", null, "arg")]
    [InlineData("__Type.fields(includeDeprecated:)", false, "__Type", "fields", "includeDeprecated")]
    public void Parses_every_coordinate_form(string source, bool ofDirective, string name, string? member, string? argument)
    {
        var coordinate = Parser.ParseSchemaCoordinate(source);

        Assert.Equal(ofDirective, coordinate.OfDirective);
        Assert.Equal(name, coordinate.Name.Value);
        Assert.Equal(member, coordinate.MemberName?.Value);
        Assert.Equal(argument, coordinate.ArgumentName?.Value);
        Assert.Equal(source, Printer.Print(coordinate));
    }

    [Theory]
    [InlineData("Type. field", "Syntax Error: Invalid character: \" \".", 6)]
    [InlineData("Type .field", "Syntax Error: Invalid character: \" \".", 5)]
    [InlineData(" Type", "Syntax Error: Invalid character: \" \".", 1)]
    [InlineData("Type.field(arg)", "Syntax Error: Expected \":\", found \")\".", 15)]
    [InlineData("@dir.field", "Syntax Error: Expected <EOF>, found \".\".", 5)]
    [InlineData("Type.field(arg:", "Syntax Error: Expected \")\", found <EOF>.", 16)]
    [InlineData("", "Syntax Error: Expected Name, found <EOF>.", 1)]
    [InlineData("Type#c", "Syntax Error: Invalid character: \"#\".", 5)]
    [InlineData("Type,", "Syntax Error: Invalid character: \",\".", 5)]
    [InlineData("@", "Syntax Error: Expected Name, found <EOF>.", 2)]
    [InlineData("Type.field()", "Syntax Error: Expected Name, found \")\".", 12)]
    [InlineData("Type.field(a:b)", "Syntax Error: Expected \")\", found Name \"b\".", 14)]
    [InlineData("Type.field(arg:)x", "Syntax Error: Expected <EOF>, found Name \"x\".", 17)]
    [InlineData("1Type", "Syntax Error: Invalid character: \"1\".", 1)]
    [InlineData("Type.", "Syntax Error: Expected Name, found <EOF>.", 6)]
    [InlineData("Type.field.x", "Syntax Error: Expected <EOF>, found \".\".", 11)]
    [InlineData("Type(arg:)", "Syntax Error: Expected <EOF>, found \"(\".", 5)]
    [InlineData("\"Type\"", "Syntax Error: Invalid character: '\"'.", 1)]
    [InlineData("Tyé", "Syntax Error: Invalid character: U+00E9.", 3)]
    [InlineData("@dir(arg:).x", "Syntax Error: Expected <EOF>, found \".\".", 11)]
    public void Rejects_malformed_coordinates_like_the_reference(string source, string message, int column)
    {
        var error = Assert.Throws<SyntaxException>(() => Parser.ParseSchemaCoordinate(source));

        Assert.Equal(message, error.Message);
        Assert.Equal((1, column), (error.Line, error.Column));
    }
}
