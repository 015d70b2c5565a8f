namespace Gateway.Tests.Commands;

[Collection(ConsoleCollection.Name)]
public sealed class ValidateCommandTests : IDisposable
{
    private readonly TempDirectory _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task Valid_document_prints_an_empty_error_list_and_exits_0()
    {
        var run = await ValidateAsync("{ hero { name ... on Droid { primaryFunction } } }");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("""{"errors":[]}""", run.Out);
    }

    [Fact]
    public async Task Invalid_document_prints_located_errors_and_exits_1()
    {
        var run = await ValidateAsync("query {\n  droid(id: \"1\") { foo }\n}");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            """{"errors":[{"message":"Cannot query field \"foo\" on type \"Droid\".","locations":[{"line":2,"column":20}]}]}""",
            run.Out);
        Assert.Contains("query.graphql:2:20: Cannot query field \"foo\" on type \"Droid\".", run.Error);
    }

    [Fact]
    public async Task Syntax_error_is_an_invalid_document_located_where_reading_stopped()
    {
        var run = await ValidateAsync("{ hero { name }");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            """{"errors":[{"message":"Syntax Error: Expected Name, found <EOF>.","locations":[{"line":1,"column":16}]}]}""",
            run.Out);
    }

    [Fact]
    public async Task Missing_document_file_is_unusable_input_naming_the_file()
    {
        var schema = _files.Write("schema.graphql", StarWarsFiles.Schema);
        var missing = _files.PathOf("missing.graphql");

        var run = await GatewayRun.StartAsync("graphql", "validate", "--schema", schema, "--document", missing);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"Cannot read the document file {missing}", run.Error);
    }

    [Fact]
    public async Task Schema_that_does_not_build_is_unusable_input_and_its_errors_are_printed()
    {
        var schema = _files.Write("schema.graphql", "type Query {\n  hero: Hero\n}");
        var document = _files.Write("query.graphql", "{ hero }");

        var run = await GatewayRun.StartAsync("graphql", "validate", "--schema", schema, "--document", document);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("""{"errors":[{"message":""", run.Out);
        Assert.Contains("Hero", run.Out);
        Assert.Contains($"The schema in {schema} does not build:", run.Error);
        Assert.Contains($"{schema}:2:", run.Error);
    }

    private Task<GatewayRun> ValidateAsync(string document) =>
        GatewayRun.StartAsync(
            "graphql", "validate",
            "--schema", _files.Write("schema.graphql", StarWarsFiles.Schema),
            "--document", _files.Write("query.graphql", document));
}
