using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Gateway.Demo;
using Gateway.Federation.Composition;
using Gateway.Subgraph.Tests.Interop;
using Microsoft.Extensions.Logging;

namespace Gateway.Samples.Tests.Interop;

/// <summary>
/// The demo's three subgraphs served once, and two gateways over them: Apollo's
/// (<c>tests/Interop/subgraph-sdk/gateway.mjs</c>: @apollo/composition 2.14.4 composes the subgraphs from
/// their <c>_service { sdl }</c>, Apollo Gateway 2.14.4 serves the result) and ours, which composes them with
/// <see cref="SupergraphComposer"/> and serves the supergraph as <c>gateway serve --demo</c> does.
/// </summary>
public sealed class ApolloDemoRig : IAsyncLifetime
{
    private readonly CancellationTokenSource _stop = new();
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "gateway-demo-interop-" + Guid.NewGuid().ToString("N"));
    private DemoMesh? _mesh;
    private ApolloGatewayPeer? _apollo;
    private Task<int>? _ourGateway;

    public HttpClient Http { get; } = new();

    public Uri ApolloGateway { get; private set; } = null!;

    public Uri OurGateway { get; private set; } = null!;

    /// <summary>The supergraph @apollo/composition made of the three subgraphs.</summary>
    public string ApolloSupergraph { get; private set; } = "";

    public async Task InitializeAsync()
    {
        _mesh = await DemoMesh.StartAsync(new DemoSettings(new DirectoryInfo(_dataDirectory), Reset: false, DemoFixture.Sizes), TextWriter.Null, CancellationToken.None);
        var arguments = new List<string>();
        foreach (var subgraph in _mesh.Subgraphs)
        {
            arguments.Add($"{subgraph.Name}={subgraph.Url}");
        }

        arguments.Add("--supergraph-out");
        arguments.Add(Path.Combine(_dataDirectory, "apollo-supergraph.graphql"));
        _apollo = await ApolloGatewayPeer.StartAsync(arguments, TimeSpan.FromSeconds(120));
        var info = _apollo.Info;
        ApolloGateway = new Uri(info.GetProperty("gateway").GetString()!);
        ApolloSupergraph = await File.ReadAllTextAsync(info.GetProperty("supergraphPath").GetString()!);

        var composed = SupergraphComposer.Compose(_mesh.Subgraphs);
        Assert.True(composed.Succeeded, string.Join(Environment.NewLine, composed.Errors.Select(error => error.Message)));
        var supergraphPath = Path.Combine(_dataDirectory, "supergraph.graphql");
        await File.WriteAllTextAsync(supergraphPath, composed.SupergraphSdl);
        var output = new ServedLines();
        var settings = new Commands.ServeSettings(new FileInfo(supergraphPath), null, ["http://127.0.0.1:0"], null, builder => builder.Logging.ClearProviders());
        _ourGateway = Commands.ServeCommand.RunSupergraphAsync(settings, output, _stop.Token);
        if (await Task.WhenAny(output.FirstLine, _ourGateway) == _ourGateway)
        {
            throw new InvalidOperationException($"Our gateway stopped before serving (exit code {await _ourGateway}): {output}");
        }

        // "Serving the supergraph NAME at URL (Ctrl+C to stop)"
        OurGateway = new Uri((await output.FirstLine).Split(" at ")[1].Split(' ')[0]);
    }

    /// <summary>Posts the operation and answers the response body.</summary>
    public async Task<JsonElement> PostAsync(Uri endpoint, string query)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json") };
        request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse("application/json"));
        using var response = await Http.SendAsync(request);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await _stop.CancelAsync();
        if (_ourGateway is not null)
        {
            await _ourGateway;
        }

        if (_apollo is not null)
        {
            await _apollo.DisposeAsync();
        }

        if (_mesh is not null)
        {
            await _mesh.DisposeAsync();
        }

        _stop.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dataDirectory, recursive: true);
    }
}
