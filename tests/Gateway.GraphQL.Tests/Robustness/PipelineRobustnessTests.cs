using System.Text;
using System.Text.RegularExpressions;
using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;
using Gateway.GraphQL.Validation;

namespace Gateway.GraphQL.Tests.Robustness;

/// <summary>
/// Seeded random requests through the whole pipeline (<see cref="RequestExecutor"/>: parse, validate,
/// execute) over the interop corpus schemas and root data: whatever the text and the variables, the
/// answer is a result with data or at least one error, every error has a message, and every location
/// points inside the document. Any exception that escapes fails the test with the input that caused it.
/// </summary>
public sealed partial class PipelineRobustnessTests
{
    private const int Seed = 20250904;
    private const int Inputs = 100_000;

    private static readonly string[] InterestingTokens =
    [
        "{", "}", "(", ")", "[", "]", "...", ":", "=", "@", "$", "!", "|", "&", "on", "fragment", "query", "mutation",
        "subscription", "$v", "$id", "@skip(if: true)", "@include(if: $v)", "@deprecated", "null", "true", "false", "0",
        "-1", "1.5", "2147483648", "1e400", "\"s\"", "\"\"\"b\"\"\"", "__typename", "__schema { types { name } }",
        "__type(name: \"Query\") { name }", "... on Query", "ENUM", "id", "name", "hero", "friends", "query Q($v: Boolean)",
        "\uD800", "\u00e9", "\0", "#", ",", "\r\n",
    ];

    [Fact]
    public async Task Every_request_yields_data_or_located_errors_and_nothing_escapes()
    {
        var seeds = CorpusDocuments.All;
        var tokens = new string[seeds.Count][];
        for (var i = 0; i < seeds.Count; i++)
        {
            tokens[i] = Tokenize(seeds[i].Document);
        }

        var executors = new Dictionary<Schema, RequestExecutor>();
        foreach (var seed in seeds)
        {
            if (!executors.ContainsKey(seed.Schema))
            {
                executors.Add(seed.Schema, new RequestExecutor(seed.Schema, documentCacheCapacity: 64));
            }
        }

        var random = new Random(Seed);
        var withData = 0;
        var requestErrors = 0;
        for (var i = 0; i < Inputs; i++)
        {
            var index = random.Next(seeds.Count);
            var seed = seeds[index];
            var document = Generate(random, i, seeds, tokens, index);
            var variables = random.Next(3) == 0 ? null : RandomVariables(random, document);
            var operationName = random.Next(10) == 0 ? RandomName(random) : null;

            ExecutionResult result;
            try
            {
                result = await executors[seed.Schema].ExecuteAsync(document, operationName, variables, seed.RootData);
            }
            catch (Exception exception)
            {
                Assert.Fail($"Input #{i} threw {exception.GetType().Name}: {exception.Message}\n{exception.StackTrace}\n--- document ---\n{Shorten(document)}");
                return;
            }

            AssertWellFormed(result, document, i);
            if (result.HasData)
            {
                withData++;
            }
            else
            {
                requestErrors++;
            }
        }

        // Both outcomes must occur often, or the generator has stopped reaching execution or rejection.
        Assert.True(withData > 3_000, $"Only {withData} requests executed.");
        Assert.True(requestErrors > 20_000, $"Only {requestErrors} requests were rejected.");
    }

    /// <summary>
    /// Request bodies arrive as bytes: corpus documents with bytes flipped, cut inside a multi-byte
    /// character, or given overlong and surrogate encodings go through the UTF-8 parser, the validator and
    /// the executor. Invalid UTF-8 must come back as a located syntax error.
    /// </summary>
    [Fact]
    public async Task Invalid_utf8_request_bodies_yield_located_errors_through_the_byte_parser()
    {
        var seeds = CorpusDocuments.All;
        var random = new Random(Seed + 1);
        byte[][] badSequences = [[0xFF], [0xC0, 0xAF], [0xE0, 0x80, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xC3], [0x80]];
        var rejected = 0;
        for (var i = 0; i < 20_000; i++)
        {
            var seed = seeds[random.Next(seeds.Count)];
            var bytes = new List<byte>(Encoding.UTF8.GetBytes(seed.Document + (random.Next(2) == 0 ? " # é😀" : "")));
            var position = random.Next(bytes.Count + 1);
            if (random.Next(3) == 0)
            {
                // Cut anywhere, including inside a multi-byte character.
                bytes.RemoveRange(position, bytes.Count - position);
            }
            else
            {
                bytes.InsertRange(position, badSequences[random.Next(badSequences.Length)]);
            }

            var body = bytes.ToArray();
            ExecutionResult result;
            string text;
            try
            {
                text = Encoding.UTF8.GetString(body);
                DocumentNode document;
                try
                {
                    document = Parser.Parse(body.AsSpan());
                }
                catch (SyntaxException syntax)
                {
                    rejected++;
                    Assert.StartsWith("Syntax Error: ", syntax.Message);
                    result = ExecutionResult.FromRequestErrors(syntax.Errors);
                    AssertWellFormed(result, text, i);
                    continue;
                }

                var errors = DocumentValidator.Validate(seed.Schema, document);
                result = errors.Count > 0
                    ? ExecutionResult.FromRequestErrors(errors)
                    : await Executor.ExecuteAsync(seed.Schema, new ExecutionRequest { Document = document, RootValue = seed.RootData });
            }
            catch (Exception exception)
            {
                Assert.Fail($"Body #{i} threw {exception.GetType().Name}: {exception.Message}\n{exception.StackTrace}\n{Convert.ToHexString(body)}");
                return;
            }

            AssertWellFormed(result, text, i);
        }

        Assert.True(rejected > 5_000, $"Only {rejected} bodies were rejected.");
    }

    private static void AssertWellFormed(ExecutionResult result, string document, int input)
    {
        if (!result.HasData)
        {
            Assert.True(result.Errors.Count > 0, $"Input #{input} has neither data nor errors.\n{Shorten(document)}");
        }

        var lineLengths = LineLengths(document);
        foreach (var error in result.Errors)
        {
            Assert.False(string.IsNullOrWhiteSpace(error.Message), $"Input #{input} has an error without a message.\n{Shorten(document)}");
            foreach (var location in error.Locations)
            {
                var inside = location.Line >= 1 && location.Line <= lineLengths.Count
                    && location.Column >= 1 && location.Column <= lineLengths[location.Line - 1] + 1;
                Assert.True(inside, $"Input #{input}: error \"{error.Message}\" at {location.Line}:{location.Column} lies outside the document.\n{Shorten(document)}");
            }
        }

        // The response must serialize too: that is what a client receives.
        Assert.NotEmpty(result.ToJson());
    }

    /// <summary>Line lengths in UTF-16 units, lines ending at \n, \r\n or \r (Spec 2.1.2 Line Terminators).</summary>
    private static List<int> LineLengths(string text)
    {
        var lengths = new List<int>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '\n' or '\r')
            {
                lengths.Add(i - start);
                if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        lengths.Add(text.Length - start);
        return lengths;
    }

    private static string Generate(Random random, int input, IReadOnlyList<CorpusDocuments.Seed> seeds, string[][] tokens, int index)
    {
        var document = seeds[index].Document;

        // One input in 200 is a structurally hostile document; the rest derive from the corpus.
        if (input % 200 == 199)
        {
            return HostileDocuments.Create(random, input / 200);
        }

        return (input % 8) switch
        {
            0 => document,
            1 => document[..random.Next(document.Length + 1)],
            2 => MutateCharacters(random, document),
            3 or 4 => MutateTokens(random, tokens[index], tokens[random.Next(tokens.Length)]),
            5 => Splice(random, document, seeds[random.Next(seeds.Count)].Document),
            6 => RandomText(random),
            _ => DecodeMangledUtf8(random, document),
        };
    }

    private static string MutateCharacters(Random random, string document)
    {
        var builder = new StringBuilder(document);
        var edits = 1 + random.Next(4);
        for (var e = 0; e < edits; e++)
        {
            var position = random.Next(builder.Length + 1);
            var character = (char)(random.Next(4) == 0 ? random.Next(0x10000) : random.Next(0x20, 0x7F));
            switch (random.Next(3))
            {
                case 0 when position < builder.Length:
                    builder[position] = character;
                    break;
                case 1 when position < builder.Length:
                    builder.Remove(position, 1);
                    break;
                default:
                    builder.Insert(position, character);
                    break;
            }
        }

        return builder.ToString();
    }

    private static string MutateTokens(Random random, string[] tokens, string[] donor)
    {
        var list = new List<string>(tokens);
        var edits = 1 + random.Next(3);
        for (var e = 0; e < edits; e++)
        {
            var position = random.Next(list.Count + 1);
            switch (random.Next(5))
            {
                case 0 when position < list.Count:
                    list.RemoveAt(position);
                    break;
                case 1 when position < list.Count:
                    list.Insert(position, list[position]);
                    break;
                case 2 when position < list.Count && donor.Length > 0:
                    list[position] = donor[random.Next(donor.Length)];
                    break;
                case 3 when position + 1 < list.Count:
                    (list[position], list[position + 1]) = (list[position + 1], list[position]);
                    break;
                default:
                    list.Insert(position, InterestingTokens[random.Next(InterestingTokens.Length)]);
                    break;
            }
        }

        return string.Join(' ', list);
    }

    private static string Splice(Random random, string first, string second) =>
        string.Concat(first.AsSpan(0, random.Next(first.Length + 1)), second.AsSpan(random.Next(second.Length + 1)));

    private static string RandomText(Random random)
    {
        var length = random.Next(64);
        var builder = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            builder.Append(random.Next(3) == 0 ? (char)random.Next(0x10000) : "{}()[]:$@!.=\"\\ \nabq0"[random.Next(20)]);
        }

        return builder.ToString();
    }

    /// <summary>Invalid UTF-8 as a server decoding a request body would see it: bytes flipped, then decoded with replacement.</summary>
    private static string DecodeMangledUtf8(Random random, string document)
    {
        var bytes = Encoding.UTF8.GetBytes(document);
        var flips = 1 + random.Next(4);
        for (var f = 0; f < flips && bytes.Length > 0; f++)
        {
            bytes[random.Next(bytes.Length)] = (byte)random.Next(0x80, 0x100);
        }

        return random.Next(2) == 0 ? Encoding.UTF8.GetString(bytes) : Encoding.Latin1.GetString(bytes);
    }

    private static IReadOnlyDictionary<string, object?> RandomVariables(Random random, string document)
    {
        var variables = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (Match match in VariableReference().Matches(document))
        {
            if (random.Next(4) != 0)
            {
                variables[match.Groups[1].Value] = RandomJsonValue(random, 0);
            }
        }

        if (random.Next(8) == 0)
        {
            variables[RandomName(random)] = RandomJsonValue(random, 0);
        }

        return variables;
    }

    /// <summary>A value as JSON decoding yields it (null, bool, long, double, string, list, object), of any shape.</summary>
    private static object? RandomJsonValue(Random random, int depth) => random.Next(depth > 3 ? 9 : 12) switch
    {
        0 => null,
        1 => random.Next(2) == 0,
        2 => (long)random.Next(-5, 5),
        3 => random.Next(2) == 0 ? long.MaxValue : 2_147_483_648L,
        4 => random.NextDouble() * 1e6 - 5e5,
        5 => random.Next(3) switch { 0 => double.MaxValue, 1 => 1.5, _ => -0.0 },
        6 => RandomName(random),
        7 => random.Next(4) == 0 ? new string('x', 100_000) : "EMPIRE",
        8 => random.Next(2) == 0 ? "\uD800" : "",
        9 or 10 => RandomList(random, depth),
        _ => RandomObject(random, depth),
    };

    private static List<object?> RandomList(Random random, int depth)
    {
        var list = new List<object?>();
        var count = random.Next(4);
        for (var i = 0; i < count; i++)
        {
            list.Add(RandomJsonValue(random, depth + 1));
        }

        return list;
    }

    private static Dictionary<string, object?> RandomObject(Random random, int depth)
    {
        string[] names = ["id", "name", "text", "kind", "nested", "first", "second", "stars", "commentary", "a", "b"];
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        var count = random.Next(4);
        for (var i = 0; i < count; i++)
        {
            map[names[random.Next(names.Length)]] = RandomJsonValue(random, depth + 1);
        }

        return map;
    }

    private static string RandomName(Random random)
    {
        string[] names = ["Q", "A", "B", "v", "id", "input", "episode", "missing", "__typename", "op"];
        return names[random.Next(names.Length)];
    }

    private static string[] Tokenize(string document)
    {
        var matches = Token().Matches(document);
        var tokens = new string[matches.Count];
        for (var i = 0; i < tokens.Length; i++)
        {
            tokens[i] = matches[i].Value;
        }

        return tokens;
    }

    private static string Shorten(string text) => text.Length <= 2_000 ? text : string.Concat(text.AsSpan(0, 2_000), "...");

    [GeneratedRegex("\\$([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex VariableReference();

    [GeneratedRegex("\"\"\"[\\s\\S]*?\"\"\"|\"(?:[^\"\\\\\\n]|\\\\.)*\"|\\.\\.\\.|[A-Za-z_][A-Za-z0-9_]*|-?[0-9][0-9.eE+-]*|\\S")]
    private static partial Regex Token();
}
