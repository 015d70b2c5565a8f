using System.Text;
using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Tests.Language;

public sealed class BlockStringTests
{
    [Theory]
    [InlineData("\n    Hello,\n      World!\n\n    Yours,\n      GraphQL.\n  ", "Hello,\n  World!\n\nYours,\n  GraphQL.")]
    [InlineData("  first line keeps its indent\n    second\n    third", "  first line keeps its indent\nsecond\nthird")]
    [InlineData("\r\n\t\r\n  a\r  b\n", "a\nb")]
    [InlineData("   \n  \t \n", "")]
    [InlineData("escaped \\\"\"\" quotes", "escaped \"\"\" quotes")]
    [InlineData("\n  a\n \n  b", "a\n\nb")]
    public void Computes_the_block_string_value(string raw, string value)
    {
        Assert.Equal(value, BlockString.GetValue(raw));
    }

    [Fact]
    public void Dedents_already_split_lines()
    {
        var lines = BlockString.DedentLines(["", "    a", "      b", "  ", ""]);

        Assert.Equal(["a", "  b"], lines);
    }

    [Theory]
    [InlineData("x", "\"\"\"x\"\"\"")]
    [InlineData("a\nb", "\"\"\"\na\nb\n\"\"\"")]
    [InlineData(" lead", "\"\"\" lead\"\"\"")]
    [InlineData("trail\"", "\"\"\"\ntrail\"\n\"\"\"")]
    [InlineData("trail\\", "\"\"\"\ntrail\\\n\"\"\"")]
    [InlineData("a\n  b", "\"\"\"\na\n  b\n\"\"\"")]
    [InlineData("has \"\"\" inside", "\"\"\"has \\\"\"\" inside\"\"\"")]
    [InlineData("ends \"\"\"", "\"\"\"\nends \\\"\"\"\n\"\"\"")]
    public void Prints_like_the_reference(string value, string printed)
    {
        Assert.Equal(printed, BlockString.TryPrint(value));
    }

    [Fact]
    public void Breaks_long_single_lines_onto_their_own_line()
    {
        var value = new string('x', 71);

        Assert.Equal("\"\"\"\n" + value + "\n\"\"\"", BlockString.TryPrint(value));
    }

    [Theory]
    [InlineData("\nleading blank line")]
    [InlineData("trailing blank line\n")]
    [InlineData("carriage\rreturn")]
    [InlineData("control \u0001 character")]
    [InlineData("  a\n  b")]
    public void Declines_values_a_block_string_cannot_hold(string value)
    {
        Assert.Null(BlockString.TryPrint(value));
    }

    [Fact]
    public void Whatever_it_prints_reads_back_as_the_same_value()
    {
        var random = new Random(1170);
        const string alphabet = "ab \t\n\"\\é😀";
        var printedCount = 0;
        for (var i = 0; i < 20_000; i++)
        {
            var builder = new StringBuilder();
            var length = random.Next(0, 12);
            for (var j = 0; j < length; j++)
            {
                var c = alphabet[random.Next(alphabet.Length)];
                if (char.IsHighSurrogate(c))
                {
                    builder.Append("😀");
                }
                else if (!char.IsLowSurrogate(c))
                {
                    builder.Append(c);
                }
            }

            var value = builder.ToString();
            var printed = BlockString.TryPrint(value, indentation: "    ");
            if (printed is null)
            {
                continue;
            }

            printedCount++;
            var parsed = (StringValueNode)Parser.ParseValue(printed);
            Assert.Equal(value, parsed.Value);
        }

        Assert.True(printedCount > 5_000, $"Only {printedCount} values printed as block strings.");
    }
}
