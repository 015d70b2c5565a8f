using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Tests.Language;

public sealed class PrinterTests
{
    [Fact]
    public void Prints_the_query_kitchen_sink_exactly_as_the_reference()
    {
        Assert.Equal(KitchenSink.PrintedQuery, Printer.Print(Parser.Parse(KitchenSink.Query)));
    }

    [Fact]
    public void Prints_the_schema_kitchen_sink_exactly_as_the_reference()
    {
        Assert.Equal(KitchenSink.PrintedSchema, Printer.Print(Parser.Parse(KitchenSink.Schema)));
    }

    [Theory]
    [InlineData(KitchenSink.Query)]
    [InlineData(KitchenSink.Schema)]
    public void Printed_documents_parse_back_to_an_equal_tree(string source)
    {
        var document = Parser.Parse(source);

        var reparsed = Parser.Parse(Printer.Print(document));

        Assert.True(SyntaxComparer.AreEqual(document, reparsed));
        Assert.Equal(Printer.Print(document), Printer.Print(reparsed));
    }

    [Fact]
    public void Keeps_the_query_keyword_when_the_anonymous_query_has_variables_or_directives()
    {
        Assert.Equal("query ($a: Int) {\n  a\n}", Printer.Print(Parser.Parse("query ($a: Int) { a }")));
        Assert.Equal("query @d {\n  a\n}", Printer.Print(Parser.Parse("query @d { a }")));
        Assert.Equal("{\n  a\n}", Printer.Print(Parser.Parse("query { a }")));
    }

    [Fact]
    public void Puts_variable_definitions_with_descriptions_on_their_own_lines()
    {
        var printed = Printer.Print(Parser.Parse("query Q($a: Int = 1, \"d\" $b: Int) { a }"));

        Assert.Equal("query Q(\n$a: Int = 1\n\"d\"\n$b: Int\n) {\n  a\n}", printed);
    }

    [Fact]
    public void Indents_block_string_arguments_and_argument_descriptions_like_the_reference()
    {
        const string source = "type Q {\n  \"\"\"\n  a\n\n  b\n  \"\"\"\n  f(\"\"\"\n  x\n  \"\"\" a: Int = 1, b: String = \"\"\"q\"\"\") : Int\n g(a: Int, b: [String!]! = [\"x\"] @d(q: 1)): I @deprecated(reason: \"no\")\n}";

        var printed = Printer.Print(Parser.Parse(source));

        Assert.Equal(
            "type Q {\n  \"\"\"\n  a\n  \n  b\n  \"\"\"\n  f(\n    \"\"\"x\"\"\"\n    a: Int = 1\n    b: String = \"\"\"q\"\"\"\n  ): Int\n  g(a: Int, b: [String!]! = [\"x\"] @d(q: 1)): I @deprecated(reason: \"no\")\n}",
            printed);
    }

    [Fact]
    public void Falls_back_to_a_quoted_string_when_a_block_string_could_not_hold_the_value()
    {
        var node = new StringValueNode("\n  leading blank line\r\n", block: true);

        var printed = Printer.Print(node);

        Assert.Equal("\"\\n  leading blank line\\r\\n\"", printed);
        Assert.Equal("\n  leading blank line\r\n", ((StringValueNode)Parser.ParseValue(printed)).Value);
    }

    [Fact]
    public void Escapes_control_characters_quotes_and_backslashes_in_quoted_strings()
    {
        var printed = Printer.Print(new StringValueNode("a\"b\\c\u0001\u007F\b\f\n\r\té😀", block: false));

        Assert.Equal("\"a\\\"b\\\\c\\u0001\\u007F\\b\\f\\n\\r\\té😀\"", printed);
    }

    [Fact]
    public void Prints_types_values_and_schema_coordinates_on_their_own()
    {
        Assert.Equal("[[Int!]]!", Printer.Print(Parser.ParseType("[ [ Int ! ] ]!")));
        Assert.Equal("{a: [1, 2.5, \"s\", $v, E, null, true]}", Printer.Print(Parser.ParseValue("{ a: [1 2.5 \"s\" $v E null true] }")));
        Assert.Equal("@dir(arg:)", Printer.Print(Parser.ParseSchemaCoordinate("@dir(arg:)")));
        Assert.Equal("Type.field(arg:)", Printer.Print(Parser.ParseSchemaCoordinate("Type.field(arg:)")));
    }
}
