using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Gateway.GraphQL.Execution;
using Gateway.Http;
using Gateway.LocalGraphQL;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Gateway.Tests.Http;

/// <summary>
/// The real gateway web host on a loopback port (Kestrel, 127.0.0.1:0) serving a small mock schema:
/// products from JSON examples, a mutation, a <c>broken</c> field whose resolver throws, and a <c>gate</c> field whose resolver waits until the test
/// opens <see cref="Gate"/> (for in-flight and shutdown tests).
/// </summary>
public sealed class TestServer : IAsyncDisposable
{
    public const string Sdl = """
        type Query {
          hello: String
          products: [Product!]!
          product: Product
          gate: String
          broken: String
          node: Node
        }
        type Product { id: ID! name: String price: Float related: [Product!]! }
        type Node { id: ID! child: Node }
        type Mutation { createProduct(name: String!): Product noop: Boolean }
        """;

    private const string Examples = """
        {
          "hello": "world",
          "products": [{ "id": "1", "name": "Kettle", "price": 25.5, "related": [] }],
          "product": { "id": "1", "name": "Kettle", "price": 25.5, "related": [] },
          "mutation": { "noop": true }
        }
        """;

    private TestServer(WebApplication app, Uri baseAddress, CapturingLoggerProvider logs)
    {
        App = app;
        BaseAddress = baseAddress;
        Logs = logs;
        Client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromMinutes(2) };
    }

    public WebApplication App { get; }

    public Uri BaseAddress { get; }

    public HttpClient Client { get; }

    public CapturingLoggerProvider Logs { get; }

    /// <summary>Opened by the test to let <c>gate</c> resolvers finish.</summary>
    public TaskCompletionSource Gate { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when a <c>gate</c> resolver has started.</summary>
    public TaskCompletionSource GateEntered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>
    /// Starts a server; <paramref name="publish"/> false leaves it without a schema (not ready);
    /// <paramref name="minimumLogLevel"/> is the lowest level <see cref="Logs"/> captures.
    /// </summary>
    public static async Task<TestServer> StartAsync(
        Action<GraphQLHttpOptions>? configure = null, bool publish = true, LogLevel minimumLogLevel = LogLevel.Information)
    {
        var logs = new CapturingLoggerProvider();
        var app = GraphQLServer.Create(
            ["http://127.0.0.1:0"],
            configure,
            builder =>
            {
                builder.Logging.ClearProviders();
                builder.Logging.AddProvider(logs);
                builder.Logging.SetMinimumLevel(minimumLogLevel);
            });
        await app.StartAsync();
        var server = new TestServer(app, new Uri(app.Urls.First()), logs);
        if (publish)
        {
            server.Publish();
        }

        return server;
    }

    public void Publish()
    {
        var schema = DocumentRunner.BuildSchema(Sdl);
        schema.QueryType!.Fields["gate"].Resolver = async context =>
        {
            GateEntered.TrySetResult();
            await Gate.Task;
            return "opened";
        };
        schema.QueryType.Fields["broken"].Resolver = _ => throw new InvalidOperationException("broken on purpose");
        using var json = JsonDocument.Parse(Examples);
        var (queryRoot, mutationRoot) = MockExamples.RootValues(schema, JsonValues.FromJsonElement(json.RootElement));
        App.Services.GetRequiredService<ServedSchemaState>().Publish(schema, queryRoot, mutationRoot);
    }

    /// <summary>POSTs a body; <paramref name="accept"/> null sends no Accept header, <paramref name="preflight"/> adds the CSRF header.</summary>
    public Task<HttpResponseMessage> PostAsync(
        string body, string? accept = "application/graphql-response+json", string contentType = "application/json", bool preflight = false)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (preflight)
        {
            request.Headers.Add("GraphQL-Require-Preflight", "1");
        }

        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return Client.SendAsync(request);
    }

    public Task<HttpResponseMessage> PostQueryAsync(string query, string? accept = "application/graphql-response+json") =>
        PostAsync(JsonSerializer.Serialize(new Dictionary<string, object?> { ["query"] = query }), accept);

    /// <summary>A GET with URL parameters; <paramref name="preflight"/> adds the CSRF-prevention header.</summary>
    public Task<HttpResponseMessage> GetAsync(string query, bool preflight = true, string? accept = "application/graphql-response+json", string? extra = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"/graphql?query={Uri.EscapeDataString(query)}{extra}");
        if (preflight)
        {
            request.Headers.Add("GraphQL-Require-Preflight", "1");
        }

        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return Client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Gate.TrySetResult();
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
