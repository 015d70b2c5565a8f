using Gateway.Commands;
using Gateway.Http;
using Microsoft.Extensions.Logging;

namespace Gateway.Tests.Http;

/// <summary>
/// <c>gateway serve --mock</c> running in-process on a free loopback port, through the verb's own
/// <see cref="ServeCommand.RunAsync"/>; stopping it cancels the verb as Ctrl+C would.
/// </summary>
public sealed class ServeRun : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop;
    private readonly Task<int> _running;

    private ServeRun(CancellationTokenSource stop, Task<int> running, LineWriter output, Uri endpoint)
    {
        _stop = stop;
        _running = running;
        Output = output;
        Endpoint = endpoint;
    }

    public LineWriter Output { get; }

    /// <summary>The endpoint the verb printed.</summary>
    public Uri Endpoint { get; }

    public static async Task<ServeRun> StartAsync(string schemaPath, string? examplesPath, Action<GraphQLHttpOptions>? configure = null)
    {
        var output = new LineWriter();
        var stop = new CancellationTokenSource();
        var settings = new ServeSettings(
            new FileInfo(schemaPath),
            examplesPath is null ? null : new FileInfo(examplesPath),
            ["http://127.0.0.1:0"],
            configure,
            builder => builder.Logging.ClearProviders());
        var running = ServeCommand.RunAsync(settings, output, stop.Token);
        if (await Task.WhenAny(output.FirstLine, running) == running)
        {
            await running;
            throw new InvalidOperationException($"gateway serve ended before serving: {output}");
        }

        // "Serving shop.graphql at http://127.0.0.1:PORT/graphql (Ctrl+C to stop)"
        var line = await output.FirstLine;
        var url = line.Split(" at ")[1].Split(' ')[0];
        return new ServeRun(stop, running, output, new Uri(url));
    }

    /// <summary>Stops the server (as Ctrl+C does) and returns the verb's exit code.</summary>
    public async Task<int> StopAsync()
    {
        await _stop.CancelAsync();
        return await _running;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_running.IsCompleted)
        {
            await StopAsync();
        }

        _stop.Dispose();
    }
}
