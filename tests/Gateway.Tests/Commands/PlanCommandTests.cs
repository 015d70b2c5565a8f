namespace Gateway.Tests.Commands;

[Collection(ConsoleCollection.Name)]
public sealed class PlanCommandTests : IDisposable
{
    private static readonly string Supergraph = Path.Combine(AppContext.BaseDirectory, "Supergraphs", "fed1.graphql");

    private readonly TempDirectory _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task Prints_the_plan_of_the_named_operation_and_exits_0()
    {
        var document = _files.Write("ops.graphql", "query A { topProducts { name } }\nquery B { topProducts { name shippingEstimate } }");

        var run = await GatewayRun.StartAsync("plan", "--supergraph", Supergraph, "--document", document, "--operation", "B");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("QueryPlan {\n  Sequence {\n    Fetch(service: \"products\") {", run.Out);
        Assert.Contains("Flatten(path: \"topProducts.@\")", run.Out);
        Assert.Contains("Fetch(service: \"inventory\")", run.Out);
    }

    [Fact]
    public async Task Document_invalid_against_the_api_schema_prints_located_errors_and_exits_1()
    {
        var document = _files.Write("query.graphql", "{ topProducts { nope } }");

        var run = await GatewayRun.StartAsync("plan", "--supergraph", Supergraph, "--document", document);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("query.graphql:1:17: Cannot query field \"nope\" on type \"Product\".", run.Error);
    }

    [Fact]
    public async Task Several_operations_without_a_name_to_plan_exit_1_and_say_which_to_name()
    {
        var document = _files.Write("ops.graphql", "query A { topProducts { name } }\nquery B { topProducts { upc } }");

        var run = await GatewayRun.StartAsync("plan", "--supergraph", Supergraph, "--document", document);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("The document has 2 operations (A, B): name the one to plan.", run.Error);
    }

    [Fact]
    public async Task Supergraph_that_cannot_be_read_is_unusable_input()
    {
        var supergraph = _files.Write("supergraph.graphql", "type Query { a: Int }");
        var document = _files.Write("query.graphql", "{ a }");

        var run = await GatewayRun.StartAsync("plan", "--supergraph", supergraph, "--document", document);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("supergraph.graphql", run.Error);
    }
}
