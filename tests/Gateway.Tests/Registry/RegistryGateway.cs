using System.Net.Http.Json;
using System.Text.Json;
using Gateway.Catalog.Storage;
using Gateway.CatalogApi;
using Gateway.Federated;
using Gateway.Http;
using Gateway.Publishing;
using Gateway.Registry;
using Gateway.Search;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Tests.Registry;

/// <summary>One gateway replica on a loopback port, serving the live supergraph of a registry over a catalog store.</summary>
public sealed class RegistryGateway : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly HttpClient _http = new();

    private RegistryGateway(WebApplication app, ICatalogStore store, LiveSupergraph live, SubgraphRegistry registry, ProductPublisher publisher)
    {
        _app = app;
        Store = store;
        Live = live;
        Registry = registry;
        Publisher = publisher;
        Endpoint = new Uri(new Uri(app.Urls.First()), "/graphql");
    }

    public ICatalogStore Store { get; }

    public LiveSupergraph Live { get; }

    public SubgraphRegistry Registry { get; }

    /// <summary>Publishes products into the store and swaps the supergraph this gateway serves, as the catalog's mutations do.</summary>
    public ProductPublisher Publisher { get; }

    public Uri Endpoint { get; }

    /// <summary>The search index behind the catalog API's <c>search</c>, when it has one.</summary>
    public ISearchIndex? Search { get; private init; }

    /// <summary>Starts a gateway over the SQLite catalog at <paramref name="catalogPath"/>; it serves nothing until a supergraph is activated.</summary>
    /// <param name="catalogPath">The SQLite catalog file, shared by replicas.</param>
    /// <param name="adminApi">Whether the catalog API under <c>catalog</c> serves its changes (mutations) too.</param>
    public static async Task<RegistryGateway> StartAsync(string catalogPath, bool adminApi = false) =>
        await StartAsync(await Catalog.Storage.Sqlite.SqliteCatalogStore.OpenAsync(catalogPath, CancellationToken.None), adminApi);

    /// <summary>Starts a gateway over <paramref name="store"/>, which it disposes when it stops.</summary>
    /// <param name="search">The search index the catalog API answers <c>search</c> and <c>suggest</c> from (disposed with the gateway); none when null.</param>
    /// <param name="usage">Counts the served operations and fetches per subgraph; nothing is counted when null.</param>
    public static async Task<RegistryGateway> StartAsync(ICatalogStore store, bool adminApi = false, ISearchIndex? search = null, global::Gateway.Usage.ProductUsageMeter? usage = null)
    {
        var app = GraphQLServer.Create(["http://127.0.0.1:0"], null, RegistrySubgraphs.Quiet);
        await app.StartAsync();
        SubgraphRegistry? registry = null;
        ProductPublisher? publisher = null;
        var live = new LiveSupergraph(
            app.Services.GetRequiredService<ServedSchemaState>(),
            drainDelay: TimeSpan.FromMilliseconds(100),
            gatewayField: new CatalogApiField(CatalogApiModules.Create(store, () => registry!, () => publisher!, adminApi, search)),
            usage: usage);
        registry = new SubgraphRegistry(store, live);
        publisher = new ProductPublisher(store, live);
        return new RegistryGateway(app, store, live, registry, publisher) { Search = search };
    }

    /// <summary>Posts <paramref name="query"/> and returns the status code and the compact response body.</summary>
    public async Task<(int Status, string Body)> QueryAsync(string query, HttpClient? client = null, CancellationToken cancellationToken = default)
    {
        using var response = await (client ?? _http).PostAsJsonAsync(Endpoint, new { query }, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        try
        {
            using var document = JsonDocument.Parse(body);
            return ((int)response.StatusCode, JsonSerializer.Serialize(document.RootElement));
        }
        catch (JsonException)
        {
            return ((int)response.StatusCode, body);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Live.Dispose();
        if (Search is not null)
        {
            await Search.DisposeAsync();
        }

        await Store.DisposeAsync();
        _http.Dispose();
    }
}
