namespace Gateway.Tests;

[Collection(ConsoleCollection.Name)]
public sealed class ProgramTests
{
    [Fact]
    public async Task Help_exits_zero_and_lists_the_graphql_verbs()
    {
        var run = await GatewayRun.StartAsync("graphql", "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("validate", run.Out);
        Assert.Contains("execute", run.Out);
        Assert.Contains("format", run.Out);
        Assert.Contains("diff", run.Out);
    }

    [Fact]
    public async Task Unknown_verb_is_unusable_input()
    {
        var run = await GatewayRun.StartAsync("graphql", "lint");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("lint", run.Error);
    }

    [Fact]
    public async Task Missing_required_option_is_unusable_input_and_names_it()
    {
        var run = await GatewayRun.StartAsync("graphql", "validate", "--document", "query.graphql");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--schema", run.Error);
    }
}
