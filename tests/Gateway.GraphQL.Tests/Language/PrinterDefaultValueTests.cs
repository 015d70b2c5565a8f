using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Tests.Language;

/// <summary>Default values print as graphql-js prints the literal it re-creates from the coerced value: strings always quoted.</summary>
public sealed class PrinterDefaultValueTests
{
    [Fact]
    public void Block_strings_in_default_values_are_printed_quoted()
    {
        var value = Parser.ParseValue("{ text: \"\"\"two\nlines\"\"\", tags: [\"a\\\"b\", \"\"\"c\"\"\"], n: 1.5, e: RED }");

        Assert.Equal("{text: \"two\\nlines\", tags: [\"a\\\"b\", \"c\"], n: 1.5, e: RED}", Printer.PrintDefaultValue(value));
    }

    [Fact]
    public void Print_keeps_block_strings_where_default_value_printing_quotes_them()
    {
        var value = Parser.ParseValue("\"\"\"block\"\"\"");

        Assert.Equal("\"\"\"block\"\"\"", Printer.Print(value));
        Assert.Equal("\"block\"", Printer.PrintDefaultValue(value));
    }
}
