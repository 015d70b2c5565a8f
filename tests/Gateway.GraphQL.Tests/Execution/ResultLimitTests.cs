using System.Text;
using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Tests.Execution;

public sealed class ResultLimitTests
{
    private static readonly Schema PeopleSchema = SchemaBuilder.FromSdl("""
        type Person { name: String manager: Person }
        type Query { me: Person people: [Person] }
        type Mutation { rename: Person }
        """);

    [Fact]
    public async Task Fragment_bomb_is_stopped_during_execution_with_one_error()
    {
        var result = await Executor.ExecuteAsync(
            PeopleSchema,
            new ExecutionRequest { Document = Parser.Parse(FragmentBomb(20)), RootValue = CyclicRoot() },
            new ExecutionOptions { MaxResultFields = 10_000 });

        Assert.True(result.HasData);
        Assert.Null(result.Data);
        var error = Assert.Single(result.Errors);
        Assert.Equal(
            "The response would hold more than 10,000 fields, the most one request may return (ExecutionOptions.MaxResultFields). " +
            "Select fewer fields, spread fragments fewer times under distinct aliases, or page through long lists.",
            error.Message);
        Assert.NotNull(error.Path);
        Assert.Equal("me", error.Path[0]);
    }

    [Fact]
    public async Task Fragment_bomb_is_refused_before_execution_by_the_request_executor()
    {
        var executor = new RequestExecutor(PeopleSchema);

        var result = await executor.ExecuteAsync(FragmentBomb(30), rootValue: CyclicRoot());

        Assert.False(result.HasData);
        var error = Assert.Single(result.Errors);
        Assert.Equal(
            "The operation selects more than 1,000,000 fields once its fragments are expanded, the most one request may return " +
            "(ExecutionOptions.MaxResultFields). Spread fragments fewer times under distinct aliases.",
            error.Message);
        Assert.Equal((1, 1), (error.Locations[0].Line, error.Locations[0].Column));
    }

    [Fact]
    public async Task Named_operation_over_the_expanded_limit_is_named_in_the_error()
    {
        var executor = new RequestExecutor(PeopleSchema, options: new ExecutionOptions { MaxResultFields = 3 });

        var result = await executor.ExecuteAsync("query Q { me { name manager { name } } }");

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("Operation \"Q\" selects more than 3 fields once its fragments are expanded", error.Message);
        Assert.Equal((1, 1), (error.Locations[0].Line, error.Locations[0].Column));
    }

    [Fact]
    public async Task Response_exactly_at_the_limit_executes()
    {
        var executor = new RequestExecutor(PeopleSchema, options: new ExecutionOptions { MaxResultFields = 4 });

        var result = await executor.ExecuteAsync("{ me { name manager { name } } }", rootValue: CyclicRoot());

        Assert.Empty(result.Errors);
        Assert.Equal("""{"data":{"me":{"name":"Ada","manager":{"name":"Ada"}}}}""", result.ToJson());
    }

    [Fact]
    public async Task List_items_count_toward_the_limit()
    {
        var people = new List<object?>();
        for (var i = 0; i < 10; i++)
        {
            people.Add(new Dictionary<string, object?> { ["name"] = $"P{i}" });
        }

        var executor = new RequestExecutor(PeopleSchema, options: new ExecutionOptions { MaxResultFields = 8 });

        var result = await executor.ExecuteAsync("{ people { name } }", rootValue: new Dictionary<string, object?> { ["people"] = people });

        Assert.Null(result.Data);
        var error = Assert.Single(result.Errors);
        Assert.StartsWith("The response would hold more than 8 fields", error.Message);
        Assert.Equal(["people", 7], error.Path!);
    }

    [Fact]
    public async Task Mutation_root_fields_count_toward_the_limit()
    {
        var result = await Executor.ExecuteAsync(
            PeopleSchema,
            new ExecutionRequest { Document = Parser.Parse("mutation { a: rename { name } b: rename { name } }"), RootValue = CyclicRoot() },
            new ExecutionOptions { MaxResultFields = 1 });

        Assert.StartsWith("The response would hold more than 1 fields", Assert.Single(result.Errors).Message);
    }

    /// <summary>Each level spreads the next fragment twice under two aliases: 2^levels objects.</summary>
    private static string FragmentBomb(int levels)
    {
        var builder = new StringBuilder("{ me { ...F0 } }\n");
        for (var i = 0; i < levels; i++)
        {
            builder.Append($"fragment F{i} on Person {{ name a: manager {{ ...F{i + 1} }} b: manager {{ ...F{i + 1} }} }}\n");
        }

        return builder.Append($"fragment F{levels} on Person {{ name }}").ToString();
    }

    /// <summary>A person who is their own manager, so the data nests as deep as any query asks.</summary>
    private static Dictionary<string, object?> CyclicRoot()
    {
        var person = new Dictionary<string, object?> { ["name"] = "Ada" };
        person["manager"] = person;
        return new Dictionary<string, object?> { ["me"] = person, ["rename"] = person };
    }
}
