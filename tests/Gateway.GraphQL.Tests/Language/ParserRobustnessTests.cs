using System.Text;
using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Tests.Language;

/// <summary>
/// Seeded random inputs: whatever the bytes, the parser either returns a tree that prints and parses back
/// to an equal tree, or throws <see cref="SyntaxException"/>; any other exception fails the test.
/// </summary>
public sealed class ParserRobustnessTests
{
    private const int Seed = 20250903;
    private const int Inputs = 120_000;

    private static readonly byte[][] ValidDocuments =
    [
        Encoding.UTF8.GetBytes(KitchenSink.Query),
        Encoding.UTF8.GetBytes(KitchenSink.Schema),
        Encoding.UTF8.GetBytes("{ a(x: \"é😀\\u{1F600}\\uD83D\\uDE00\", y: [1, -2.5e3, {z: null}]) @d { ...F ... on T { b } } }"),
        Encoding.UTF8.GetBytes("\"\"\"\n  block\n    indented \\\"\"\"\n\"\"\"\ntype T { f(\"d\" a: [[Int!]!] = [[1]]): String }"),
    ];

    // Bytes that steer mutations toward interesting lexer and parser states.
    private static readonly byte[] Interesting = Encoding.UTF8.GetBytes("{}[]()!$&|:=@.\"\\#,\n\r\t 0123456789-+eE.uxyz_\u00e9");

    [Fact]
    public void Only_syntax_errors_escape_for_random_mutated_and_hostile_input()
    {
        var random = new Random(Seed);
        var parsed = 0;
        var rejected = 0;
        var options = new ParserOptions { MaxDepth = 64, MaxTokens = 20_000 };

        for (var i = 0; i < Inputs; i++)
        {
            var input = Generate(random, i % 8);
            try
            {
                var document = Parser.Parse(input, options);
                parsed++;
                if (i % 16 == 0)
                {
                    var reparsed = Parser.Parse(Printer.Print(document));
                    Assert.True(SyntaxComparer.AreEqual(document, reparsed), $"Round trip differs for input #{i}: {Convert.ToHexString(input)}");
                }
            }
            catch (SyntaxException exception)
            {
                rejected++;
                Assert.StartsWith("Syntax Error: ", exception.Message);
                Assert.True(exception.Line >= 1 && exception.Column >= 1, $"Bad location for input #{i}: {Convert.ToHexString(input)}");
            }
            catch (Exception exception)
            {
                Assert.Fail($"Input #{i} threw {exception.GetType().Name}: {exception.Message}\n{Convert.ToHexString(input)}");
            }
        }

        // Both outcomes must occur, or the generator has stopped exercising one of them.
        Assert.True(parsed > 1_000, $"Only {parsed} inputs parsed.");
        Assert.True(rejected > 10_000, $"Only {rejected} inputs were rejected.");
    }

    [Fact]
    public void Strings_with_lone_surrogates_are_rejected_wherever_they_appear()
    {
        var random = new Random(Seed);
        var source = KitchenSink.Query;
        for (var i = 0; i < 2_000; i++)
        {
            var position = random.Next(source.Length + 1);
            var surrogate = (char)random.Next(0xD800, 0xE000);
            var input = source.Insert(position, surrogate.ToString());

            var error = Assert.Throws<SyntaxException>(() => Parser.Parse(input));

            Assert.StartsWith("Syntax Error: ", error.Message);
        }
    }

    private static byte[] Generate(Random random, int strategy)
    {
        switch (strategy)
        {
            case 0:
            {
                // Random bytes.
                var bytes = new byte[random.Next(0, 64)];
                random.NextBytes(bytes);
                return bytes;
            }

            case 1:
            {
                // Random bytes drawn from the grammar's own alphabet.
                var bytes = new byte[random.Next(0, 96)];
                for (var j = 0; j < bytes.Length; j++)
                {
                    bytes[j] = Interesting[random.Next(Interesting.Length)];
                }

                return bytes;
            }

            case 2:
            {
                // Truncation of a valid document.
                var valid = ValidDocuments[random.Next(ValidDocuments.Length)];
                return valid[..random.Next(valid.Length + 1)];
            }

            case 3:
            case 4:
            {
                // A few byte mutations (replace, insert, delete) of a valid document.
                var valid = new List<byte>(ValidDocuments[random.Next(ValidDocuments.Length)]);
                var mutations = random.Next(1, 4);
                for (var m = 0; m < mutations && valid.Count > 0; m++)
                {
                    var at = random.Next(valid.Count);
                    var value = random.Next(3) == 0 ? (byte)random.Next(256) : Interesting[random.Next(Interesting.Length)];
                    switch (random.Next(3))
                    {
                        case 0: valid[at] = value; break;
                        case 1: valid.Insert(at, value); break;
                        default: valid.RemoveAt(at); break;
                    }
                }

                return [.. valid];
            }

            case 5:
            {
                // Deep nesting of a random bracket kind, sometimes closed.
                string[] openers = ["{a", "[", "{b:", "[[", "(x:["];
                var opener = openers[random.Next(openers.Length)];
                var depth = random.Next(1, 200);
                var builder = new StringBuilder("{ f(x: ");
                for (var d = 0; d < depth; d++)
                {
                    builder.Append(opener);
                }

                if (random.Next(2) == 0)
                {
                    builder.Append('1').Append(']', depth);
                }

                return Encoding.UTF8.GetBytes(builder.ToString());
            }

            case 6:
            {
                // Huge numbers and strings, sometimes malformed at the end.
                var length = random.Next(1, 5_000);
                var body = random.Next(2) == 0
                    ? new string('9', length) + (random.Next(2) == 0 ? ".5e-" + length : string.Empty)
                    : "\"" + new string('x', length) + (random.Next(2) == 0 ? "\\u{1F600}\"" : "\\u{FFFFFFF\"");
                return Encoding.UTF8.GetBytes("{ f(x: " + body + ") }");
            }

            default:
            {
                // Invalid UTF-8 and encoded surrogates spliced into a valid document.
                var valid = new List<byte>(ValidDocuments[random.Next(ValidDocuments.Length)]);
                byte[][] bad = [[0xFF], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xED, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82], [0x80]];
                valid.InsertRange(random.Next(valid.Count + 1), bad[random.Next(bad.Length)]);
                return [.. valid];
            }
        }
    }
}
