using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Gateway.Commands;
using Gateway.Federation.Composition;
using Gateway.Subgraph.Hosting;
using Gateway.Tests.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;

namespace Gateway.Subgraph.Tests.Interop;

/// <summary>
/// The SDK interop rig for one test run: the four rail subgraphs (<see cref="RailSubgraphs"/>) on loopback
/// ports; <c>tests/Interop/subgraph-sdk/gateway.mjs</c>, which composes them from their <c>_service { sdl }</c>
/// with @apollo/composition 2.14.4 and serves Apollo Gateway 2.14.4 over them; our gateway
/// (<c>gateway serve --supergraph</c>, in-process) on the supergraph Apollo composed; and our gateway on the
/// supergraph our own composer made from the same SDL.
/// </summary>
public sealed class RailGatewaysRig : IAsyncLifetime
{
    private readonly List<WebApplication> _subgraphs = [];
    private readonly CancellationTokenSource _stop = new();
    private ApolloGatewayPeer? _apollo;
    private Task<int>? _ourGateway;
    private Task<int>? _ourComposedGateway;
    private string? _scratch;

    public HttpClient Http { get; } = new();

    /// <summary>What the subgraphs' reference resolvers were asked for.</summary>
    public ReferenceCalls ReferenceCalls { get; } = new();

    public Uri ApolloGateway { get; private set; } = null!;

    public Uri OurGateway { get; private set; } = null!;

    public string SupergraphSdl { get; private set; } = "";

    /// <summary>Our gateway on the supergraph our own composer (<c>gateway compose</c>) made from the same <c>_service { sdl }</c>.</summary>
    public Uri OurComposedGateway { get; private set; } = null!;

    public CompositionResult OurComposition { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var urls = new List<string>();
        var sources = new List<SubgraphSource>();
        foreach (var (name, subgraph) in new[] { ("network", RailSubgraphs.Network(ReferenceCalls)), ("timetable", RailSubgraphs.Timetable(ReferenceCalls)), ("fares", RailSubgraphs.Fares(ReferenceCalls)), ("notices", RailSubgraphs.Notices(ReferenceCalls)) })
        {
            var app = SubgraphServer.Create(subgraph, ["http://127.0.0.1:0"], configureBuilder: builder => builder.Logging.ClearProviders());
            _subgraphs.Add(app);
            await app.StartAsync();
            var url = SubgraphServer.ListeningUrl(app);
            urls.Add($"{name}={url}");
            sources.Add(new SubgraphSource(name, url.ToString(), await SubgraphSdlClient.FetchSdlAsync(Http, url, CancellationToken.None)));
        }

        _apollo = await ApolloGatewayPeer.StartAsync(urls, TimeSpan.FromSeconds(60));
        var info = _apollo.Info;
        ApolloGateway = new Uri(info.GetProperty("gateway").GetString()!);
        var supergraphPath = info.GetProperty("supergraphPath").GetString()!;
        SupergraphSdl = await File.ReadAllTextAsync(supergraphPath);

        OurGateway = await ServeAsync(supergraphPath, gateway => _ourGateway = gateway);

        OurComposition = SupergraphComposer.Compose(sources);
        if (!OurComposition.Succeeded)
        {
            throw new InvalidOperationException($"Our composer refused the SDK subgraphs:{Environment.NewLine}{string.Join(Environment.NewLine, OurComposition.Errors)}");
        }

        _scratch = Directory.CreateTempSubdirectory("subgraph-sdk-").FullName;
        var ourSupergraphPath = Path.Combine(_scratch, "supergraph.graphql");
        await File.WriteAllTextAsync(ourSupergraphPath, OurComposition.SupergraphSdl);
        OurComposedGateway = await ServeAsync(ourSupergraphPath, gateway => _ourComposedGateway = gateway);
    }

    /// <summary>Runs <c>gateway serve --supergraph</c> in-process on a free loopback port and answers its endpoint.</summary>
    private async Task<Uri> ServeAsync(string supergraphPath, Action<Task<int>> started)
    {
        var output = new LineWriter();
        var settings = new ServeSettings(new FileInfo(supergraphPath), null, ["http://127.0.0.1:0"], null, builder => builder.Logging.ClearProviders());
        var gateway = ServeCommand.RunSupergraphAsync(settings, output, _stop.Token);
        started(gateway);
        if (await Task.WhenAny(output.FirstLine, gateway) == gateway)
        {
            throw new InvalidOperationException($"Our gateway stopped before serving (exit code {await gateway}): {output}");
        }

        // "Serving the supergraph NAME at URL (Ctrl+C to stop)"
        return new Uri((await output.FirstLine).Split(" at ")[1].Split(' ')[0]);
    }

    /// <summary>Posts the operation and answers the response body.</summary>
    public async Task<JsonDocument> SendAsync(Uri endpoint, string query, string? variablesJson)
    {
        var body = variablesJson is null
            ? JsonSerializer.Serialize(new { query })
            : $"{{\"query\":{JsonSerializer.Serialize(query)},\"variables\":{variablesJson}}}";
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse("application/json"));
        using var response = await Http.SendAsync(request);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await _stop.CancelAsync();
        if (_ourGateway is not null)
        {
            await _ourGateway;
        }

        if (_ourComposedGateway is not null)
        {
            await _ourComposedGateway;
        }

        if (_scratch is not null)
        {
            Directory.Delete(_scratch, recursive: true);
        }

        if (_apollo is not null)
        {
            await _apollo.DisposeAsync();
        }

        foreach (var app in _subgraphs)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        _stop.Dispose();
    }
}
