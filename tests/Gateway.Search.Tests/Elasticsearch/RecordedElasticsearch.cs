using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Gateway.Search.Tests.Elasticsearch;

/// <summary>
/// Elasticsearch 8.x as recorded: Kestrel on a loopback port answers each request with the next response of a fixture
/// (Recorded/{name}.json: the request's method and path, the response's status, headers and body, copied from the
/// REST API reference's examples) and records what the client sent, for <see cref="RequestSnapshot"/>.
/// </summary>
public sealed class RecordedElasticsearch : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly JsonArray _exchanges;
    private readonly List<RecordedRequest> _requests = [];
    private readonly Lock _gate = new();

    private RecordedElasticsearch(WebApplication app, JsonArray exchanges)
    {
        _app = app;
        _exchanges = exchanges;
        Url = new Uri(app.Urls.First());
    }

    public Uri Url { get; }

    /// <summary>Called with each request once it is recorded, before it is answered (to change the world mid-exchange).</summary>
    public Func<RecordedRequest, Task>? Received { get; set; }

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_gate)
            {
                return [.. _requests];
            }
        }
    }

    /// <summary>Serves the exchanges of Recorded/{fixture}.json in order.</summary>
    public static Task<RecordedElasticsearch> ReplayAsync(string fixture) =>
        StartAsync(JsonNode.Parse(File.ReadAllText(Path.Combine(Folder(), "Recorded", fixture + ".json")))!["exchanges"]!.AsArray(), null);

    /// <summary>Answers every request with <paramref name="handle"/> (for responses no fixture can hold, such as one that never comes).</summary>
    public static Task<RecordedElasticsearch> AnswerWithAsync(RequestDelegate handle) => StartAsync([], handle);

    internal static string Folder([CallerFilePath] string file = "") => Path.GetDirectoryName(file)!;

    /// <summary>Every recorded response was asked for, by a request with the recorded method and path.</summary>
    public void AssertEveryExchangeServed()
    {
        var requests = Requests;
        Assert.True(requests.Count == _exchanges.Count, $"The client sent {requests.Count} request(s); the fixture holds {_exchanges.Count}: {string.Join(", ", requests.Select(r => r.Method + " " + r.Path))}");
        for (var i = 0; i < requests.Count; i++)
        {
            var expected = _exchanges[i]!["request"]!;
            Assert.Equal($"{expected["method"]} {expected["path"]}", $"{requests[i].Method} {requests[i].Path}");
        }
    }

    /// <summary>The requests as the snapshot holds them: method, path with query, content type, authorization and body.</summary>
    public JsonArray RequestsAsJson()
    {
        var array = new JsonArray();
        foreach (var request in Requests)
        {
            var entry = new JsonObject { ["method"] = request.Method, ["path"] = request.Path };
            if (request.ContentType is not null)
            {
                entry["contentType"] = request.ContentType;
            }

            if (request.Authorization is not null)
            {
                entry["authorization"] = request.Authorization;
            }

            if (request.Body is not null)
            {
                entry["body"] = request.Body.DeepClone();
            }

            array.Add(entry);
        }

        return array;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static async Task<RecordedElasticsearch> StartAsync(JsonArray exchanges, RequestDelegate? handle)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        RecordedElasticsearch? server = null;
        app.Run(async context =>
        {
            await server!.RecordAsync(context.Request);
            if (server.Received is { } received)
            {
                await received(server.Requests[^1]);
            }

            await (handle ?? server.ReplayNextAsync)(context);
        });
        await app.StartAsync();
        server = new RecordedElasticsearch(app, exchanges);
        return server;
    }

    private async Task RecordAsync(HttpRequest request)
    {
        // Buffered and rewound, so a handler given to AnswerWithAsync can read the body too.
        request.EnableBuffering();
        using var reader = new StreamReader(request.Body, Encoding.UTF8, leaveOpen: true);
        var text = await reader.ReadToEndAsync();
        request.Body.Position = 0;
        var contentType = request.ContentType;
        var recorded = new RecordedRequest(
            request.Method,
            request.Path + request.QueryString,
            contentType,
            request.Headers.Authorization.Count > 0 ? request.Headers.Authorization.ToString() : null,
            text,
            ParseBody(text, contentType));
        lock (_gate)
        {
            _requests.Add(recorded);
        }
    }

    private async Task ReplayNextAsync(HttpContext context)
    {
        JsonNode? exchange;
        lock (_gate)
        {
            var index = _requests.Count - 1;
            exchange = index < _exchanges.Count ? _exchanges[index] : null;
        }

        if (exchange is null)
        {
            context.Response.StatusCode = 599;
            await context.Response.WriteAsync("The fixture has no recorded response for this request.");
            return;
        }

        var response = exchange["response"]!;
        context.Response.StatusCode = (int)response["status"]!;
        if (response["headers"] is JsonObject headers)
        {
            foreach (var (name, value) in headers)
            {
                context.Response.Headers[name] = value!.ToString();
            }
        }

        // "bodyText" holds bodies that are not JSON (a proxy's page, a truncated answer); "body" holds Elasticsearch's JSON.
        if (response["bodyText"] is JsonNode bodyText)
        {
            context.Response.ContentType = "text/html";
            await context.Response.WriteAsync(bodyText.GetValue<string>());
        }
        else if (response["body"] is JsonNode body)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(body.ToJsonString());
        }
    }

    /// <summary>JSON bodies parsed; bulk NDJSON as an array of its lines, each parsed.</summary>
    private static JsonNode? ParseBody(string text, string? contentType)
    {
        if (text.Length == 0)
        {
            return null;
        }

        if (contentType is not null && contentType.StartsWith("application/x-ndjson", StringComparison.Ordinal))
        {
            var lines = new JsonArray();
            foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                lines.Add(JsonNode.Parse(line));
            }

            return lines;
        }

        return JsonNode.Parse(text);
    }
}
