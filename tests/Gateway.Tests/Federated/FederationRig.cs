using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Gateway.Commands;
using Gateway.Federation.Transport;
using Gateway.GraphQL.InteropTests;
using Gateway.Tests.Http;
using Microsoft.Extensions.Logging;

namespace Gateway.Tests.Federated;

/// <summary>
/// The federation interop rig for one test run: the Node subgraphs of <c>tests/Interop/federation</c>
/// (<c>start.mjs --no-gateway</c>, five domain and six fault subgraphs on loopback) and our gateway serving
/// the supergraph the rig printed, in-process on a loopback port, with the rig's subgraph timeout.
/// </summary>
public sealed class FederationRig : IAsyncLifetime
{
    private readonly StringBuilder _nodeLog = new();
    private readonly CancellationTokenSource _stop = new();
    private Process? _node;
    private Task<int>? _gateway;
    private HttpClient? _http;
    private Uri? _endpoint;

    public static string Directory { get; } = Find();

    /// <summary>The operations under <c>operations/</c>, in the order <c>record.mjs</c> sent them (name order).</summary>
    public static IReadOnlyList<string> OperationNames { get; } = System.IO.Directory
        .GetFiles(Path.Combine(Directory, "operations"), "*.graphql")
        .Select(Path.GetFileNameWithoutExtension)
        .OfType<string>()
        .Order(StringComparer.Ordinal)
        .ToArray();

    public async Task InitializeAsync()
    {
        var interop = Path.GetDirectoryName(Directory)!;
        if (!System.IO.Directory.Exists(Path.Combine(interop, "node_modules", "@apollo", "gateway")))
        {
            await NodeCommand.InstallAsync(interop);
        }

        var info = await StartSubgraphsAsync();
        var settings = new ServeSettings(new FileInfo(info.GetProperty("supergraphPath").GetString()!), null, ["http://127.0.0.1:0"], null, builder => builder.Logging.ClearProviders())
        {
            SubgraphTransport = SubgraphTransportOptions.Default with
            {
                // The rig's timeout (fault-slow answers after 4 s; both gateways give up after 1.5 s, which leaves room on a loaded machine).
                RequestTimeout = TimeSpan.FromMilliseconds(info.GetProperty("subgraphTimeoutMs").GetInt32()),
                // Apollo Gateway has no circuit breaker: the fault subgraphs must fail the same way every time.
                CircuitBreakerEnabled = false,
            },
        };
        var output = new LineWriter();
        _gateway = ServeCommand.RunSupergraphAsync(settings, output, _stop.Token);
        if (await Task.WhenAny(output.FirstLine, _gateway) == _gateway)
        {
            throw new InvalidOperationException($"The gateway stopped before serving (exit code {await _gateway}): {output}");
        }

        _endpoint = new Uri((await output.FirstLine).Split(" at ")[1].Split(' ')[0]);
        _http = new HttpClient();
    }

    /// <summary>Sends an operation exactly as <c>record.mjs</c> does: the file's text as <c>query</c>, plus <c>.request.json</c>.</summary>
    public async Task<(int Status, JsonDocument Body)> SendAsync(string name)
    {
        var body = new Dictionary<string, object?> { ["query"] = await File.ReadAllTextAsync(Path.Combine(Directory, "operations", name + ".graphql")) };
        var requestFile = Path.Combine(Directory, "operations", name + ".request.json");
        if (File.Exists(requestFile))
        {
            using var extra = JsonDocument.Parse(await File.ReadAllTextAsync(requestFile));
            foreach (var member in extra.RootElement.EnumerateObject())
            {
                body[member.Name] = member.Value.Clone();
            }
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, _endpoint)
        {
            Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse("application/graphql-response+json"));
        request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse("application/json"));
        using var response = await _http!.SendAsync(request);
        return ((int)response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()));
    }

    public static JsonDocument Expected(string name) => JsonDocument.Parse(File.ReadAllText(Path.Combine(Directory, "expected", name + ".json")));

    public async Task DisposeAsync()
    {
        _http?.Dispose();
        await _stop.CancelAsync();
        if (_gateway is not null)
        {
            await _gateway;
        }

        if (_node is not null)
        {
            // start.mjs stops when its stdin closes; killing is the fallback for a rig that hangs.
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

            _node.Dispose();
        }

        _stop.Dispose();
    }

    private async Task<JsonElement> StartSubgraphsAsync()
    {
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = Path.GetDirectoryName(Directory)!,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine("federation", "start.mjs"));
        start.ArgumentList.Add("--no-gateway");
        try
        {
            _node = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        }
        catch (System.ComponentModel.Win32Exception error)
        {
            throw new InvalidOperationException($"The federation interop tests need Node.js 20+ on PATH ({error.Message}).", error);
        }

        _node.ErrorDataReceived += (_, line) =>
        {
            lock (_nodeLog)
            {
                _nodeLog.AppendLine(line.Data);
            }
        };
        _node.BeginErrorReadLine();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (await _node.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith('{'))
            {
                return JsonDocument.Parse(line).RootElement.Clone();
            }
        }

        lock (_nodeLog)
        {
            throw new InvalidOperationException($"start.mjs ended without printing its URLs:{Environment.NewLine}{_nodeLog}");
        }
    }


    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "tests", "Interop", "federation");
            if (File.Exists(Path.Combine(candidate, "start.mjs")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException($"tests/Interop/federation/start.mjs was not found above {AppContext.BaseDirectory}; run the tests from the repository checkout.");
    }
}
