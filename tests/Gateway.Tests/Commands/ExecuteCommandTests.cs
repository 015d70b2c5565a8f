namespace Gateway.Tests.Commands;

[Collection(ConsoleCollection.Name)]
public sealed class ExecuteCommandTests : IDisposable
{
    private readonly TempDirectory _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task Executes_over_json_data_resolving_abstract_types_by_typename()
    {
        var run = await ExecuteAsync("{ hero { name ... on Droid { primaryFunction } friends { __typename name } } }");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            """{"data":{"hero":{"name":"R2-D2","primaryFunction":"Astromech","friends":[{"__typename":"Human","name":"Luke Skywalker"}]}}}""",
            run.Out);
    }

    [Fact]
    public async Task Variables_and_operation_name_select_what_runs()
    {
        var variables = _files.Write("variables.json", """{ "episode": "EMPIRE" }""");

        var run = await ExecuteAsync(
            "query A { droid(id: 1) { name } }\nquery B($episode: Episode) { hero(episode: $episode) { id } }",
            "--variables", variables, "--operation", "B");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("""{"data":{"hero":{"id":"2001"}}}""", run.Out);
    }

    [Fact]
    public async Task Field_error_is_reported_with_its_path_and_exits_1()
    {
        var run = await ExecuteAsync("{\n  droid(id: 1) { id name }\n}");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            """{"errors":[{"message":"Cannot return null for non-nullable field Droid.id.","locations":[{"line":2,"column":18}],"path":["droid","id"]}],"data":{"droid":null}}""",
            run.Out);
    }

    [Fact]
    public async Task Invalid_document_is_not_executed()
    {
        var run = await ExecuteAsync("{ villain { name } }");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            """{"errors":[{"message":"Cannot query field \"villain\" on type \"Query\".","locations":[{"line":1,"column":3}]}]}""",
            run.Out);
    }

    [Fact]
    public async Task Variables_that_do_not_coerce_give_a_request_error_without_data()
    {
        var variables = _files.Write("variables.json", """{ "episode": "PHANTOM" }""");

        var run = await ExecuteAsync("query ($episode: Episode) { hero(episode: $episode) { id } }", "--variables", variables);

        Assert.Equal(1, run.ExitCode);
        Assert.DoesNotContain("\"data\"", run.Out);
        Assert.Contains("\"locations\":[{\"line\":1,\"column\":8}]", run.Out);
        Assert.Contains("$episode", run.Out);
    }

    [Fact]
    public async Task Variables_file_that_is_not_json_is_unusable_input_located_in_the_file()
    {
        var variables = _files.Write("variables.json", "{\n  \"episode\": EMPIRE\n}");

        var run = await ExecuteAsync("{ hero { id } }", "--variables", variables);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{variables}:2:", run.Error);
        Assert.Contains("the variables file is not valid JSON", run.Error);
    }

    [Fact]
    public async Task Variables_file_that_is_not_an_object_is_unusable_input()
    {
        var variables = _files.Write("variables.json", "[1, 2]");

        var run = await ExecuteAsync("{ hero { id } }", "--variables", variables);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"The variables file {variables} must hold a JSON object", run.Error);
    }

    [Fact]
    public async Task Missing_root_file_is_unusable_input()
    {
        var run = await GatewayRun.StartAsync(
            "graphql", "execute",
            "--schema", _files.Write("schema.graphql", StarWarsFiles.Schema),
            "--document", _files.Write("query.graphql", "{ hero { id } }"),
            "--root", _files.PathOf("nowhere.json"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"Cannot read the root data file {_files.PathOf("nowhere.json")}", run.Error);
    }

    [Fact]
    public async Task The_readme_example_runs()
    {
        var examples = Path.Combine(RepositoryRoot(), "examples", "starwars");

        var run = await GatewayRun.StartAsync(
            "graphql", "execute",
            "--schema", Path.Combine(examples, "schema.graphql"),
            "--document", Path.Combine(examples, "query.graphql"),
            "--root", Path.Combine(examples, "data.json"));

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("""{"data":{""", run.Out);
        Assert.Contains("R2-D2", run.Out);
    }

    private Task<GatewayRun> ExecuteAsync(string document, params string[] more) =>
        GatewayRun.StartAsync(
        [
            "graphql", "execute",
            "--schema", _files.Write("schema.graphql", StarWarsFiles.Schema),
            "--document", _files.Write("query.graphql", document),
            "--root", _files.Write("data.json", StarWarsFiles.Data),
            .. more,
        ]);

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Gateway.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Gateway.sln not found above the test directory.");
    }
}
