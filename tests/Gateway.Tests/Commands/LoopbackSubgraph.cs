using System.Text.Json;
using Gateway.Commands;
using Gateway.Tests.Http;
using Microsoft.Extensions.Logging;

namespace Gateway.Tests.Commands;

/// <summary>
/// A subgraph on a loopback port, served by <c>gateway serve --mock</c> itself: its schema plus the federation
/// field <c>_service { sdl }</c>, answered from example data that holds the subgraph SDL.
/// </summary>
public sealed class LoopbackSubgraph : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly TempDirectory _files = new();
    private Task<int>? _running;

    private LoopbackSubgraph()
    {
    }

    public Uri Url { get; private set; } = null!;

    /// <param name="sdl">The subgraph SDL, as <c>_service { sdl }</c> returns it.</param>
    /// <param name="servedSchema">The schema the mock serves: the subgraph's fields without federation directives, and <c>_service</c>.</param>
    /// <param name="examples">Example values of the root fields, besides <c>_service</c>.</param>
    public static async Task<LoopbackSubgraph> StartAsync(string sdl, string servedSchema, Dictionary<string, object?> examples)
    {
        var subgraph = new LoopbackSubgraph();
        examples["_service"] = new Dictionary<string, object?> { ["sdl"] = sdl };
        var schema = subgraph._files.Write("schema.graphql", servedSchema + "\nextend type Query { _service: _Service }\ntype _Service { sdl: String }\n");
        var data = subgraph._files.Write("examples.json", JsonSerializer.Serialize(examples));
        var output = new LineWriter();
        var settings = new ServeSettings(new FileInfo(schema), new FileInfo(data), ["http://127.0.0.1:0"], null, builder => builder.Logging.ClearProviders());
        subgraph._running = ServeCommand.RunAsync(settings, output, subgraph._stop.Token);
        if (await Task.WhenAny(output.FirstLine, subgraph._running) == subgraph._running)
        {
            throw new InvalidOperationException($"The subgraph did not start (exit {await subgraph._running}).");
        }

        subgraph.Url = new Uri((await output.FirstLine).Split(" at ")[1].Split(' ')[0]);
        return subgraph;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_running is not null)
        {
            await _running;
        }

        _stop.Dispose();
        _files.Dispose();
    }
}
