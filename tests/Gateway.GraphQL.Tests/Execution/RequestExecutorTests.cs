using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Types;
using static Gateway.GraphQL.Tests.Execution.ExecutionFixture;

namespace Gateway.GraphQL.Tests.Execution;

public sealed class RequestExecutorTests
{
    private static readonly Schema TestSchema = Schema(Object("Query", Field("hello", BuiltInScalars.String, context => new ValueTask<object?>($"hello {context.Argument<string>("name")}"), Argument("name", BuiltInScalars.String))));

    [Fact]
    public async Task Parses_validates_and_executes_query_text()
    {
        var executor = new RequestExecutor(TestSchema);

        var result = await executor.ExecuteAsync("query Q($n: String) { hello(name: $n) }", "Q", new Dictionary<string, object?> { ["n"] = "Ada" });

        Assert.Equal(Json("{'data':{'hello':'hello Ada'}}"), result.ToJson());
    }

    [Fact]
    public async Task Syntax_error_is_returned_without_data()
    {
        var executor = new RequestExecutor(TestSchema);

        var result = await executor.ExecuteAsync("{ hello(");

        Assert.False(result.HasData);
        var error = Assert.Single(result.Errors);
        Assert.StartsWith("Syntax Error:", error.Message);
        Assert.Equal((1, 9), (error.Locations[0].Line, error.Locations[0].Column));
    }

    [Fact]
    public async Task Validation_errors_are_returned_without_data_every_time()
    {
        var executor = new RequestExecutor(TestSchema);

        var first = await executor.ExecuteAsync("{ nope }");
        var second = await executor.ExecuteAsync("{ nope }");

        Assert.False(first.HasData);
        var error = Assert.Single(first.Errors);
        Assert.Equal("Cannot query field \"nope\" on type \"Query\".", error.Message);
        Assert.Equal((1, 3), (error.Locations[0].Line, error.Locations[0].Column));
        Assert.Equal(first.ToJson(), second.ToJson());
    }

    [Fact]
    public async Task Variables_that_do_not_coerce_are_a_request_error()
    {
        var executor = new RequestExecutor(TestSchema);

        var result = await executor.ExecuteAsync("query($n: String) { hello(name: $n) }", null, new Dictionary<string, object?> { ["n"] = 1.5 });

        Assert.False(result.HasData);
        Assert.Equal("Variable \"$n\" got invalid value 1.5; String cannot represent a non string value: 1.5", Assert.Single(result.Errors).Message);
    }
}
