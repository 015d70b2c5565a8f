namespace Gateway.Tests.Commands;

[Collection(ConsoleCollection.Name)]
public sealed class FormatCommandTests : IDisposable
{
    private readonly TempDirectory _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task Prints_the_document_in_canonical_layout()
    {
        var file = _files.Write("query.graphql", "query   Q($id:ID!){droid(id:$id){name,...on Droid{primaryFunction}}}");

        var run = await GatewayRun.StartAsync("graphql", "format", file);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            "query Q($id: ID!) {\n  droid(id: $id) {\n    name\n    ... on Droid {\n      primaryFunction\n    }\n  }\n}",
            run.Out.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Syntax_error_exits_1_with_file_line_and_column()
    {
        var file = _files.Write("broken.graphql", "type Query {\n  hero: \n}");

        var run = await GatewayRun.StartAsync("graphql", "format", file);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"{file}:3:1: Syntax Error: Expected Name, found \"}}\".", run.Error);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public async Task Missing_file_is_unusable_input()
    {
        var run = await GatewayRun.StartAsync("graphql", "format", _files.PathOf("none.graphql"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"Cannot read the GraphQL file {_files.PathOf("none.graphql")}", run.Error);
    }
}
