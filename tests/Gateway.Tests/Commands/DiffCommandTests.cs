namespace Gateway.Tests.Commands;

[Collection(ConsoleCollection.Name)]
public sealed class DiffCommandTests : IDisposable
{
    private readonly TempDirectory _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task Added_field_is_safe_and_exits_0()
    {
        var run = await DiffAsync("type Query { a: String }", "type Query { a: String b: Int }");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Safe:", run.Out);
        Assert.Contains("Query.b", run.Out);
    }

    [Fact]
    public async Task Removed_field_is_breaking_and_exits_1()
    {
        var run = await DiffAsync("type Query { a: String b: String }", "type Query { a: String }");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Breaking:", run.Out);
        Assert.Contains("Query.b", run.Out);
        Assert.Equal("1 breaking change: existing clients may fail against the new schema.", run.Error);
    }

    [Fact]
    public async Task Identical_schemas_print_nothing()
    {
        var run = await DiffAsync("type Query { a: String }", "type Query { a: String }");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public async Task New_schema_that_does_not_parse_is_unusable_input()
    {
        var run = await DiffAsync("type Query { a: String }", "type Query { a: }");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{_files.PathOf("new.graphql")}:1:17: Syntax Error", run.Error);
    }

    private Task<GatewayRun> DiffAsync(string oldSdl, string newSdl) =>
        GatewayRun.StartAsync("graphql", "diff", _files.Write("old.graphql", oldSdl), _files.Write("new.graphql", newSdl));
}
