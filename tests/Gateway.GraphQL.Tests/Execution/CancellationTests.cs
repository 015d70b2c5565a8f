using Gateway.GraphQL.Types;
using static Gateway.GraphQL.Tests.Execution.ExecutionFixture;

namespace Gateway.GraphQL.Tests.Execution;

public sealed class CancellationTests
{
    [Fact]
    public async Task Cancelled_token_stops_execution_between_fields()
    {
        using var cancellation = new CancellationTokenSource();
        var executedAfterCancel = false;
        var query = Object(
            "Query",
            Field("first", BuiltInScalars.String, _ =>
            {
                cancellation.Cancel();
                return new ValueTask<object?>("first");
            }),
            Field("second", BuiltInScalars.String, _ =>
            {
                executedAfterCancel = true;
                return new ValueTask<object?>("second");
            }));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ExecuteAsync(Schema(query), "{ first second }", cancellationToken: cancellation.Token));
        Assert.False(executedAfterCancel);
    }

    [Fact]
    public async Task Resolvers_receive_the_request_token()
    {
        using var cancellation = new CancellationTokenSource();
        CancellationToken seen = default;
        var query = Object("Query", Field("a", BuiltInScalars.String, context =>
        {
            seen = context.CancellationToken;
            return new ValueTask<object?>("a");
        }));

        await ExecuteAsync(Schema(query), "{ a }", cancellationToken: cancellation.Token);

        Assert.Equal(cancellation.Token, seen);
    }

    [Fact]
    public async Task Cancellation_observed_by_an_async_resolver_cancels_the_request()
    {
        using var cancellation = new CancellationTokenSource();
        var query = Object("Query", Field("slow", BuiltInScalars.String, async context =>
        {
            cancellation.Cancel();
            await Task.Delay(Timeout.Infinite, context.CancellationToken);
            return "never";
        }));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ExecuteAsync(Schema(query), "{ slow }", cancellationToken: cancellation.Token));
    }
}
