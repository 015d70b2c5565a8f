using Gateway.Catalog.Storage;
using Gateway.Catalog.Storage.Postgres;
using Gateway.Catalog.Storage.Sqlite;
using Gateway.Publishing;
using Gateway.Subgraph;
using Gateway.Subgraph.Hosting;
using Gateway.Tests.Registry;
using Microsoft.AspNetCore.Builder;

namespace Gateway.Tests.Publishing;

/// <summary>
/// A gateway serving what its publisher stores, over a fresh SQLite file or PostgreSQL database, and one loopback
/// subgraph whose schema the test chooses (<see cref="Serve"/>) and which answers every <c>String</c> or <c>Int</c> field.
/// </summary>
public sealed class PublishingRig : IAsyncDisposable
{
    private readonly TempDirectory _files;
    private readonly List<WebApplication> _others = [];

    private PublishingRig(TempDirectory files, WebApplication subgraph, RegistryGateway gateway)
    {
        _files = files;
        Subgraph = subgraph;
        Gateway = gateway;
        Publisher = new ProductPublisher(gateway.Store, gateway.Live);
    }

    public WebApplication Subgraph { get; }

    public Uri SubgraphUrl => SubgraphServer.ListeningUrl(Subgraph);

    public RegistryGateway Gateway { get; }

    public ProductPublisher Publisher { get; }

    public SqlCatalogStore Store => (SqlCatalogStore)Gateway.Store;

    /// <summary>The SQLite catalog file (when the rig runs on SQLite), where the embedded search index lives too.</summary>
    public string SqliteCatalogPath => _files.PathOf("catalog.db");

    /// <param name="postgres">A PostgreSQL database's connection string; a SQLite file when null.</param>
    /// <param name="usage">Counts the gateway's operations and fetches per subgraph; nothing is counted when null.</param>
    public static async Task<PublishingRig> StartAsync(string? postgres = null, global::Gateway.Usage.ProductUsageMeter? usage = null)
    {
        var files = new TempDirectory();
        var subgraph = SubgraphServer.Create(Answering(TestProducts.OrdersSdl("total: Int")), ["http://127.0.0.1:0"], configureBuilder: RegistrySubgraphs.Quiet);
        await subgraph.StartAsync();
        ICatalogStore store = postgres is null
            ? await SqliteCatalogStore.OpenAsync(files.PathOf("catalog.db"), CancellationToken.None)
            : await PostgresCatalogStore.OpenAsync(postgres, CancellationToken.None);
        return new PublishingRig(files, subgraph, await RegistryGateway.StartAsync(store, usage: usage));
    }

    /// <summary>Makes the subgraph serve <paramref name="sdl"/> from now on.</summary>
    public void Serve(string sdl) => SubgraphServer.Publish(Subgraph, Answering(sdl));

    /// <summary>Publishes the orders product at <paramref name="version"/> with <paramref name="orderFields"/>, its schema fetched from the subgraph.</summary>
    public Task<PublishOutcome> PublishOrdersAsync(string version, string[] orderFields, bool dryRun = false)
    {
        Serve(TestProducts.OrdersSdl(orderFields));
        return Publisher.PublishAsync(
            new PublishRequest(TestProducts.Descriptor("orders", version), TestProducts.OrdersContract(version, orderFields), SubgraphUrl, DryRun: dryRun, Actor: "ana"),
            CancellationToken.None);
    }

    /// <summary>Starts another subgraph that serves <c>Query.{field}: String</c>, answering <c>{field}-value</c>; returns its URL.</summary>
    public async Task<Uri> StartRootFieldSubgraphAsync(string field)
    {
        var sdl = $"{TestProducts.Link}\ntype Query {{ {field}: String }}\n";
        var server = SubgraphServer.Create(
            new SubgraphBuilder(sdl).Resolve($"Query.{field}", _ => ValueTask.FromResult<object?>($"{field}-value")).Build(),
            ["http://127.0.0.1:0"], configureBuilder: RegistrySubgraphs.Quiet);
        _others.Add(server);
        await server.StartAsync();
        return SubgraphServer.ListeningUrl(server);
    }

    /// <summary>A subgraph over <paramref name="sdl"/> that answers one order, and a fixed value for every other root field.</summary>
    private static Subgraph.Subgraph Answering(string sdl)
    {
        var builder = new SubgraphBuilder(sdl);
        var order = new Dictionary<string, object?> { ["id"] = "o1", ["total"] = 42, ["status"] = "paid", ["note"] = "n" };
        if (sdl.Contains("orders: [Order]", StringComparison.Ordinal))
        {
            builder.Resolve("Query.orders", _ => ValueTask.FromResult<object?>(new[] { order }));
        }

        return builder.Build();
    }

    public async ValueTask DisposeAsync()
    {
        await Gateway.DisposeAsync();
        await Subgraph.StopAsync();
        await Subgraph.DisposeAsync();
        foreach (var other in _others)
        {
            await other.StopAsync();
            await other.DisposeAsync();
        }
        _files.Dispose();
    }
}
