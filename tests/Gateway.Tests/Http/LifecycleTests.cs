using System.Net;
using Gateway.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Gateway.Tests.Http;

/// <summary>Readiness, graceful shutdown, concurrent requests and the request log.</summary>
public sealed class LifecycleTests
{
    [Fact]
    public async Task Not_ready_until_the_schema_is_published()
    {
        await using var server = await TestServer.StartAsync(publish: false);
        using (var health = await server.Client.GetAsync("/health"))
        using (var ready = await server.Client.GetAsync("/health/ready"))
        using (var query = await server.PostQueryAsync("{ hello }"))
        {
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, query.StatusCode);
            Assert.Contains("still loading its schema", await StatusCodeTests.ErrorMessageAsync(query));
        }

        server.Publish();
        using var readyNow = await server.Client.GetAsync("/health/ready");
        using var queryNow = await server.PostQueryAsync("{ hello }");
        Assert.Equal(HttpStatusCode.OK, readyNow.StatusCode);
        Assert.Equal(HttpStatusCode.OK, queryNow.StatusCode);
    }

    [Fact]
    public async Task Shutdown_lets_a_request_in_flight_finish()
    {
        var server = await TestServer.StartAsync();
        var stopping = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        server.App.Lifetime.ApplicationStopping.Register(stopping.SetResult);

        var inFlight = server.PostQueryAsync("{ gate }");
        await server.GateEntered.Task;
        var stop = server.App.StopAsync();
        await stopping.Task;
        Assert.False(inFlight.IsCompleted);

        server.Gate.SetResult();
        using var response = await inFlight;
        await stop;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"data":{"gate":"opened"}}""", await response.Content.ReadAsStringAsync());
        await server.DisposeAsync();
    }

    [Fact]
    public async Task Concurrent_requests_each_get_their_own_answer()
    {
        await using var server = await TestServer.StartAsync();
        var requests = Enumerable.Range(0, 64).Select(async i =>
        {
            var name = i % 2 == 0 ? "Product" : "Query";
            using var response = await server.PostAsync(
                $$$"""{"query":"query Q{{{i}}}($n: String!) { a{{{i}}}: __type(name: $n) { name } }","variables":{"n":"{{{name}}}"}}""");
            return (i, await response.Content.ReadAsStringAsync());
        });
        foreach (var (i, body) in await Task.WhenAll(requests))
        {
            var name = i % 2 == 0 ? "Product" : "Query";
            Assert.Equal("{\"data\":{\"a" + i + "\":{\"name\":\"" + name + "\"}}}", body);
        }
    }

    [Fact]
    public async Task Each_request_is_logged_with_operation_status_errors_and_duration()
    {
        await using var server = await TestServer.StartAsync();
        using (await server.PostAsync("""{"query":"query Greeting { hello broken }","operationName":"Greeting"}""")) { }
        await server.App.StopAsync(); // the line is written after the response; stopping waits for the request to finish

        // A request with errors is logged at Information under the default mode (RequestLogMode.Errors).
        var entry = Assert.Single(server.Logs.Entries, e => e.EventId.Name == "GraphQLRequest");
        Assert.Equal(LogLevel.Information, entry.Level);
        var fields = entry.State.ToDictionary(pair => pair.Key, pair => pair.Value);
        Assert.Equal("Greeting", fields["OperationName"]);
        Assert.Equal(200, fields["StatusCode"]);
        Assert.Equal(1, fields["ErrorCount"]);
        Assert.IsType<double>(fields["DurationMs"]);
        Assert.Equal("POST", fields["Method"]);
    }

    [Fact]
    public async Task A_successful_request_is_logged_at_Debug_by_default()
    {
        var entry = await LogOneRequestAsync(configure: null);
        Assert.Equal(LogLevel.Debug, entry.Level);
        var fields = entry.State.ToDictionary(pair => pair.Key, pair => pair.Value);
        Assert.Equal("Hello", fields["OperationName"]);
        Assert.Equal(200, fields["StatusCode"]);
        Assert.Equal(0, fields["ErrorCount"]);
        Assert.IsType<double>(fields["DurationMs"]);
    }

    [Fact]
    public async Task LogRequests_All_logs_successful_requests_at_Information()
    {
        var entry = await LogOneRequestAsync(options => options.LogRequests = RequestLogMode.All);
        Assert.Equal(LogLevel.Information, entry.Level);
    }

    [Fact]
    public async Task A_request_slower_than_the_threshold_is_logged_at_Information()
    {
        // A zero threshold makes every request slow, without a test that depends on timing.
        var entry = await LogOneRequestAsync(options => options.SlowRequestThreshold = TimeSpan.Zero);
        Assert.Equal(LogLevel.Information, entry.Level);
    }

    [Fact]
    public async Task LogRequests_None_writes_no_request_lines()
    {
        await using var server = await TestServer.StartAsync(options => options.LogRequests = RequestLogMode.None, minimumLogLevel: LogLevel.Debug);
        using (await server.PostAsync("""{"query":"query Greeting { hello broken }"}""")) { }
        await server.App.StopAsync();

        Assert.DoesNotContain(server.Logs.Entries, e => e.EventId.Name == "GraphQLRequest");
    }

    private static async Task<(string Category, LogLevel Level, EventId EventId, IReadOnlyList<KeyValuePair<string, object?>> State, string Message)> LogOneRequestAsync(
        Action<GraphQLHttpOptions>? configure)
    {
        await using var server = await TestServer.StartAsync(configure, minimumLogLevel: LogLevel.Debug);
        using (var response = await server.PostAsync("""{"query":"query Hello { hello }","operationName":"Hello"}"""))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        await server.App.StopAsync();
        return Assert.Single(server.Logs.Entries, e => e.EventId.Name == "GraphQLRequest");
    }
}
