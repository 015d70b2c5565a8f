using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace Gateway.Subgraph.Tests.Interop;

/// <summary>
/// Apollo Gateway over running subgraphs, started from <c>tests/Interop/subgraph-sdk/gateway.mjs</c>: it composes
/// them with @apollo/composition, prints one JSON line (its URL and what it composed) and runs until its stdin
/// closes. Shared by the interop rigs of the SDK and of the sample data mesh.
/// </summary>
public sealed class ApolloGatewayPeer : IAsyncDisposable
{
    private readonly Process _node;
    private readonly StringBuilder _log = new();

    private ApolloGatewayPeer(Process node)
    {
        _node = node;
    }

    /// <summary>What gateway.mjs printed when it was ready.</summary>
    public JsonElement Info { get; private set; }

    /// <summary>Starts gateway.mjs with <paramref name="arguments"/> and waits for its JSON line.</summary>
    public static async Task<ApolloGatewayPeer> StartAsync(IEnumerable<string> arguments, TimeSpan timeout)
    {
        var interop = InteropDirectory();
        if (!Directory.Exists(Path.Combine(interop, "node_modules", "@apollo", "gateway")))
        {
            // .ci/run installs the pinned peers before the tests; a local checkout does it once by hand.
            throw new InvalidOperationException($"The Node peers are not installed: run `npm ci` in {interop}.");
        }

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = interop,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine("subgraph-sdk", "gateway.mjs"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process node;
        try
        {
            node = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        }
        catch (System.ComponentModel.Win32Exception error)
        {
            throw new InvalidOperationException($"The interop tests need Node.js 20+ on PATH ({error.Message}).", error);
        }

        var peer = new ApolloGatewayPeer(node);
        node.ErrorDataReceived += (_, line) =>
        {
            lock (peer._log)
            {
                peer._log.AppendLine(line.Data);
            }
        };
        node.BeginErrorReadLine();
        using var wait = new CancellationTokenSource(timeout);
        while (await node.StandardOutput.ReadLineAsync(wait.Token) is { } line)
        {
            if (line.StartsWith('{'))
            {
                peer.Info = JsonDocument.Parse(line).RootElement.Clone();
                return peer;
            }
        }

        await node.WaitForExitAsync(wait.Token);
        await peer.DisposeAsync();
        lock (peer._log)
        {
            throw new InvalidOperationException($"gateway.mjs ended without printing its URL:{Environment.NewLine}{peer._log}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        // gateway.mjs stops when its stdin closes; killing it is the fallback for one that hangs.
        if (!_node.HasExited)
        {
            _node.StandardInput.Close();
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            try
            {
                await _node.WaitForExitAsync(wait.Token);
            }
            catch (OperationCanceledException)
            {
                _node.Kill(entireProcessTree: true);
            }
        }

        _node.Dispose();
    }

    private static string InteropDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "tests", "Interop");
            if (File.Exists(Path.Combine(candidate, "subgraph-sdk", "gateway.mjs")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException($"tests/Interop/subgraph-sdk/gateway.mjs was not found above {AppContext.BaseDirectory}; run the tests from the repository checkout.");
    }
}
