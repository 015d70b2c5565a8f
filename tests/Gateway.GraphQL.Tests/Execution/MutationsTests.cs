using Gateway.GraphQL.Types;
using static Gateway.GraphQL.Tests.Execution.ExecutionFixture;

namespace Gateway.GraphQL.Tests.Execution;

/// <summary>Spec 6.2.2 Mutation: root fields run serially, each finishing before the next starts.</summary>
public sealed class MutationsTests
{
    private sealed class Counter
    {
        public int Value;
        public int Running;
        public int MaxRunning;
    }

    private static Schema CreateSchema(Counter counter)
    {
        var result = Object("Result", Field("value", BuiltInScalars.Int));
        var mutation = Object(
            "Mutation",
            Field("increment", result, async _ =>
            {
                counter.MaxRunning = Math.Max(counter.MaxRunning, Interlocked.Increment(ref counter.Running));
                await Task.Delay(5);
                var value = ++counter.Value;
                Interlocked.Decrement(ref counter.Running);
                return new Dictionary<string, object?> { ["value"] = value };
            }),
            Field("fail", NonNull(result), _ => throw new InvalidOperationException("failed")));
        var query = Object("Query", Constant("ok", BuiltInScalars.Boolean, true));
        return Schema(query, mutation, result);
    }

    [Fact]
    public async Task Root_fields_of_a_mutation_run_one_after_another_in_order()
    {
        var counter = new Counter();

        var json = await ExecuteToJsonAsync(CreateSchema(counter), "mutation { a: increment { value } b: increment { value } c: increment { value } }");

        Assert.Equal(Json("{'data':{'a':{'value':1},'b':{'value':2},'c':{'value':3}}}"), json);
        Assert.Equal(1, counter.MaxRunning);
    }

    [Fact]
    public async Task A_failing_non_null_mutation_field_stops_the_rest_and_nulls_data()
    {
        var counter = new Counter();

        var json = await ExecuteToJsonAsync(CreateSchema(counter), "mutation { a: increment { value } fail { value } b: increment { value } }");

        Assert.Equal(Json("{'errors':[{'message':'failed','locations':[{'line':1,'column':35}],'path':['fail']}],'data':null}"), json);
        Assert.Equal(1, counter.Value);
    }
}
