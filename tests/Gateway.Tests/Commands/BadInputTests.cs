using System.Text;

namespace Gateway.Tests.Commands;

/// <summary>
/// Every verb answers unusable files with exit 2 and a message naming the file (with line and column
/// where there is a position), an invalid document with exit 1, and never with a stack trace.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class BadInputTests : IDisposable
{
    private readonly TempDirectory _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task Document_with_invalid_utf8_is_unusable_input_located_at_the_bad_byte()
    {
        var document = WriteBytes("query.graphql", [.. "{\n  hero { "u8, 0xFF, .. " }\n}"u8]);

        var run = await ExecuteAsync(document);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"{document}:2:10: the document file is not valid UTF-8 (byte 0xFF at offset 11); save it as UTF-8 text.", run.Error);
        AssertNoStackTrace(run);
    }

    [Fact]
    public async Task Schema_with_invalid_utf8_after_multibyte_characters_counts_columns_in_characters()
    {
        var schema = WriteBytes("schema.graphql", [.. "\"é😀\" type Query { a: Int }\n# "u8, 0xC3, 0x28]);

        var run = await GatewayRun.StartAsync("graphql", "validate", "--schema", schema, "--document", _files.Write("q.graphql", "{ a }"));

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"{schema}:2:3: the schema file is not valid UTF-8 (byte 0xC3 at offset 33); save it as UTF-8 text.", run.Error);
    }

    [Fact]
    public async Task Binary_document_that_is_valid_utf8_is_an_invalid_document_with_its_position()
    {
        var document = WriteBytes("query.graphql", [0x00, 0x01, 0x7F, 0x10]);

        var run = await GatewayRun.StartAsync("graphql", "validate", "--schema", Schema(), "--document", document);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"{document}:1:1: Syntax Error: Unexpected character: U+0000.", run.Error);
        AssertNoStackTrace(run);
    }

    [Fact]
    public async Task Byte_order_mark_is_skipped()
    {
        var document = WriteBytes("query.graphql", [0xEF, 0xBB, 0xBF, .. "{ hero { id } }"u8]);

        var run = await ExecuteAsync(document);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("""{"data":{"hero":{"id":"2001"}}}""", run.Out);
    }

    [Fact]
    public async Task Empty_document_is_an_invalid_document_at_line_1_column_1()
    {
        var document = _files.Write("query.graphql", "");

        var run = await ExecuteAsync(document);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("""{"errors":[{"message":"Syntax Error: Unexpected <EOF>.","locations":[{"line":1,"column":1}]}]}""", run.Out);
        Assert.Equal($"{document}:1:1: Syntax Error: Unexpected <EOF>.", run.Error);
    }

    [Fact]
    public async Task Invalid_document_given_to_execute_is_located_in_the_file_on_standard_error()
    {
        var document = _files.Write("query.graphql", "{\n  villain\n}");

        var run = await ExecuteAsync(document);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"{document}:2:3: Cannot query field \"villain\" on type \"Query\".", run.Error);
    }

    [Fact]
    public async Task Empty_schema_is_unusable_input_located_in_the_schema_file()
    {
        var schema = _files.Write("schema.graphql", "");

        var run = await GatewayRun.StartAsync("graphql", "validate", "--schema", schema, "--document", _files.Write("q.graphql", "{ a }"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{schema}:1:1: Syntax Error: Unexpected <EOF>.", run.Error);
        AssertNoStackTrace(run);
    }

    [Fact]
    public async Task Document_larger_than_the_parser_accepts_is_an_invalid_document()
    {
        var builder = new StringBuilder("{ hero { ");
        while (builder.Length < 9 * 1024 * 1024)
        {
            builder.Append("id ");
        }

        var document = _files.Write("query.graphql", builder.Append("} }").ToString());

        var run = await ExecuteAsync(document);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"{document}:1:1: Syntax Error:", run.Error);
        AssertNoStackTrace(run);
    }

    [Fact]
    public async Task Document_nested_deeper_than_the_parser_accepts_is_an_invalid_document()
    {
        var document = _files.Write("query.graphql", string.Concat(Enumerable.Repeat("{ hero ", 300)) + "{ id" + new string('}', 301));

        var run = await ExecuteAsync(document);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"{document}:1:", run.Error);
        Assert.Contains("Syntax Error: Document nesting exceeds the maximum depth of 256.", run.Error);
    }

    [Fact]
    public async Task File_larger_than_any_input_may_be_is_refused_before_it_is_read()
    {
        var huge = _files.PathOf("data.json");
        using (var stream = File.Create(huge))
        {
            // Sparse on most file systems: the length is what is refused, nothing is written.
            stream.SetLength(300L * 1024 * 1024);
        }

        var run = await GatewayRun.StartAsync(
            "graphql", "execute", "--schema", Schema(), "--document", _files.Write("q.graphql", "{ hero { id } }"), "--root", huge);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"Cannot read the root data file {huge}: it holds 314,572,800 bytes, more than the 268,435,456 an input file may hold.", run.Error);
    }

    [Theory]
    [InlineData("--schema")]
    [InlineData("--document")]
    [InlineData("--variables")]
    [InlineData("--root")]
    public async Task Directory_instead_of_a_file_is_unusable_input(string option)
    {
        var directory = Directory.CreateDirectory(_files.PathOf("folder")).FullName;
        var arguments = new Dictionary<string, string>
        {
            ["--schema"] = Schema(),
            ["--document"] = _files.Write("q.graphql", "{ hero { id } }"),
            ["--variables"] = _files.Write("v.json", "{}"),
            ["--root"] = _files.Write("data.json", StarWarsFiles.Data),
        };
        arguments[option] = directory;
        var role = option switch { "--schema" => "schema", "--document" => "document", "--variables" => "variables", _ => "root data" };

        var run = await GatewayRun.StartAsync(["graphql", "execute", .. arguments.SelectMany(pair => new[] { pair.Key, pair.Value })]);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"Cannot read the {role} file {directory}: it is a directory; give the path of a file.", run.Error);
    }

    [Fact]
    public async Task Missing_schema_is_unusable_input()
    {
        var missing = _files.PathOf("none.graphql");

        var run = await GatewayRun.StartAsync("graphql", "diff", missing, Schema());

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"Cannot read the schema file {missing}: it does not exist.", run.Error);
    }

    [Theory]
    [InlineData("", "1:1")]
    [InlineData("{", "1:2")]
    [InlineData("{\"episode\": \"EMPIRE\",\n}", "2:1")]
    [InlineData("\u0000", "1:1")]
    public async Task Malformed_variables_json_is_unusable_input_located_in_the_file(string json, string position)
    {
        var variables = _files.Write("v.json", json);

        var run = await ExecuteAsync(_files.Write("q.graphql", "{ hero { id } }"), "--variables", variables);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"{variables}:{position}: the variables file is not valid JSON:", run.Error);
        AssertNoStackTrace(run);
    }

    [Fact]
    public async Task Variables_json_with_an_escaped_lone_surrogate_is_unusable_input()
    {
        var variables = _files.Write("v.json", """{ "episode": "\ud800" }""");

        var run = await ExecuteAsync(_files.Write("q.graphql", "{ hero { id } }"), "--variables", variables);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(
            $"{variables}: the variables file is not valid JSON: The JSON string \"\\ud800\" holds an escaped lone surrogate, which is not Unicode text.",
            run.Error);
        AssertNoStackTrace(run);
    }

    [Fact]
    public async Task Root_json_nested_deeper_than_json_allows_is_unusable_input()
    {
        var root = _files.Write("data.json", new string('[', 1_000) + new string(']', 1_000));

        var run = await GatewayRun.StartAsync(
            "graphql", "execute", "--schema", Schema(), "--document", _files.Write("q.graphql", "{ hero { id } }"), "--root", root);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"{root}:1:", run.Error);
        Assert.Contains("the root data file is not valid JSON", run.Error);
    }

    [Theory]
    [InlineData("""{ "episode": 1e400 }""")]
    [InlineData("""{ "episode": 123456789012345678901234567890 }""")]
    [InlineData("""{ "episode": ["EMPIRE"] }""")]
    [InlineData("""{ "episode": { "name": "EMPIRE" } }""")]
    public async Task Mistyped_variables_are_a_request_error_without_data(string json)
    {
        var variables = _files.Write("v.json", json);

        var run = await ExecuteAsync(
            _files.Write("q.graphql", "query ($episode: Episode) { hero(episode: $episode) { id } }"), "--variables", variables);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("""{"errors":[{"message":"Variable \"$episode\" got invalid value """, run.Out);
        Assert.DoesNotContain("\"data\"", run.Out);
        AssertNoStackTrace(run);
    }

    private string Schema() => _files.Write("schema.graphql", StarWarsFiles.Schema);

    private string WriteBytes(string name, byte[] bytes)
    {
        var path = _files.PathOf(name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private Task<GatewayRun> ExecuteAsync(string document, params string[] more) =>
        GatewayRun.StartAsync(
        [
            "graphql", "execute",
            "--schema", Schema(),
            "--document", document,
            "--root", _files.Write("data.json", StarWarsFiles.Data),
            .. more,
        ]);

    private static void AssertNoStackTrace(GatewayRun run)
    {
        Assert.DoesNotContain("   at ", run.Out);
        Assert.DoesNotContain("   at ", run.Error);
        Assert.DoesNotContain("Exception", run.Error);
    }
}
