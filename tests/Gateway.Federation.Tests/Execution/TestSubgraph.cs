using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Types;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Gateway.Federation.Tests.Execution;

/// <summary>How a test subgraph answers.</summary>
public enum SubgraphBehavior
{
    GraphQL,
    Status500,
    InvalidJson,
    Hang,
}

/// <summary>One request a test subgraph received.</summary>
internal sealed record RecordedRequest(string Query, IReadOnlyDictionary<string, object?>? Variables);

/// <summary>
/// A real subgraph for executor tests: our own engine over a small federated SDL, served by Kestrel on a
/// loopback port. <c>_entities</c> resolves each representation with the test's function. Every request is
/// recorded so tests can check what the gateway sent.
/// </summary>
internal sealed class TestSubgraph : IAsyncDisposable
{
    private readonly WebApplication? _app;

    private TestSubgraph(WebApplication? app, string url)
    {
        _app = app;
        Url = url;
    }

    public string Url { get; }

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    /// <param name="sdl">The subgraph schema, with <c>scalar _Any</c>, <c>union _Entity</c> and <c>Query._entities</c> when it has entities.</param>
    /// <param name="root">The Query root value (a map the default resolvers read).</param>
    /// <param name="resolveEntity">Turns one representation into the entity (a map with <c>__typename</c>), or throws for a field error.</param>
    /// <param name="configure">Extra resolvers set on the built schema.</param>
    public static async Task<TestSubgraph> StartAsync(
        string sdl,
        object? root = null,
        Func<Dictionary<string, object?>, object?>? resolveEntity = null,
        Action<Schema>? configure = null,
        SubgraphBehavior behavior = SubgraphBehavior.GraphQL)
    {
        var schema = SchemaBuilder.FromSdl(sdl);
        if (resolveEntity is not null)
        {
            schema.QueryType!.GetField("_entities")!.Resolver = context =>
            {
                var representations = (IEnumerable<object?>)context.Arguments["representations"]!;
                return ValueTask.FromResult<object?>(representations.Select(r => resolveEntity((Dictionary<string, object?>)r!)).ToList());
            };
        }

        configure?.Invoke(schema);
        var executor = new RequestExecutor(schema);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        TestSubgraph? subgraph = null;
        app.MapPost("/graphql", async context =>
        {
            using var body = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
            var query = body.RootElement.GetProperty("query").GetString()!;
            var variables = body.RootElement.TryGetProperty("variables", out var v) ? JsonValues.VariablesFromJsonElement(v) : null;
            subgraph!.Requests.Enqueue(new RecordedRequest(query, variables));
            switch (behavior)
            {
                case SubgraphBehavior.Status500:
                    context.Response.StatusCode = 500;
                    await context.Response.WriteAsync("Internal Server Error", context.RequestAborted);
                    return;
                case SubgraphBehavior.InvalidJson:
                    context.Response.ContentType = "application/json";
                    await context.Response.WriteAsync("{\"data\": {", context.RequestAborted);
                    return;
                case SubgraphBehavior.Hang:
                    await Task.Delay(Timeout.Infinite, context.RequestAborted);
                    return;
            }

            var result = await executor.ExecuteAsync(query, null, variables, root, context.RequestAborted);
            context.Response.ContentType = "application/json";
            await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(result.ToJson()), context.RequestAborted);
        });
        await app.StartAsync();
        subgraph = new TestSubgraph(app, app.Urls.First().TrimEnd('/') + "/graphql");
        return subgraph;
    }

    /// <summary>A URL where nothing listens: a loopback port taken and released again.</summary>
    public static string UnreachableUrl()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return $"http://127.0.0.1:{port}/graphql";
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
