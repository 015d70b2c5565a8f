using Gateway.Catalog.Storage;
using Gateway.Search;
using Gateway.Search.Indexing;
using Microsoft.Extensions.Logging;

namespace Gateway.CatalogApi.Search;

/// <summary>
/// The search indexer running beside a served catalog (<c>gateway serve --registry</c>): it keeps the index <c>serve</c>
/// chose (<c>--search</c>, <c>--elasticsearch-url</c>; by default Elasticsearch when <c>GATEWAY_ELASTICSEARCH_URL</c> is
/// set, else the embedded index beside the catalog) in step with the catalog's outbox until the gateway stops, logging each failure
/// and the wait before the next try. Several gateway replicas over one PostgreSQL catalog each run one; they read the
/// outbox as the same consumer, so a batch may be indexed twice, which replaces a document with itself. Documents carry
/// the products' usage over the last week, and a <see cref="UsageRankingRefresher"/> beside the indexer re-indexes the
/// products whose usage moved, so ranking follows usage, which writes no outbox events.
/// </summary>
public sealed class SearchIndexerService : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop;
    private readonly Task _running;
    private readonly Task _refreshing;
    private readonly SemaphoreSlim _writes;

    private SearchIndexerService(ISearchIndex index, CancellationTokenSource stop, Task running, Task refreshing, SemaphoreSlim writes)
    {
        Index = index;
        _stop = stop;
        _running = running;
        _refreshing = refreshing;
        _writes = writes;
    }

    /// <summary>The index the service keeps current, for the catalog API's search part.</summary>
    public ISearchIndex Index { get; }

    /// <summary>Opens the index the environment chooses (<see cref="SearchIndexSelection.Default"/>) and starts keeping it current.</summary>
    public static async Task<SearchIndexerService> StartAsync(
        ICatalogStore catalog, CatalogStoreSettings settings, ILogger logger, CancellationToken cancellationToken) =>
        Start(catalog, await SearchIndexes.OpenAsync(settings, SearchIndexSelection.Default, cancellationToken), logger);

    /// <summary>Starts keeping <paramref name="index"/> (opened and initialised; disposed with the service) current.</summary>
    public static SearchIndexerService Start(ICatalogStore catalog, ISearchIndex index, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(logger);
        if (catalog is not IOutboxConsumerStore outbox)
        {
            throw new ArgumentException("The search indexer needs a catalog store with outbox consumer positions.", nameof(catalog));
        }

        var usage = StoredProductUsageReader.Over(catalog);
        var builder = new SearchDocumentBuilder(catalog, usage);
        // The indexer and the refresher build and write under one gate, so neither overwrites a newer document with an older one.
        var writes = new SemaphoreSlim(1, 1);
        var indexer = new SearchIndexer(
            outbox, builder, index, new SearchIndexerOptions { Consumer = SearchIndexes.ConsumerFor(index) }, failed: (error, wait) =>
                logger.LogWarning(error, "Search indexing failed; trying again in {Wait} ms.", (long)wait.TotalMilliseconds), writes: writes);
        var stop = new CancellationTokenSource();
        var running = Task.Run(() => indexer.RunAsync(stop.Token), CancellationToken.None);
        var refreshing = catalog is IProductUsageStore usageStore
            ? Task.Run(() => new UsageRankingRefresher(usageStore, builder, index, failed: error =>
                logger.LogWarning(error, "Refreshing search ranking by usage failed; trying again at the next refresh."), writes: writes).RunAsync(stop.Token), CancellationToken.None)
            : Task.CompletedTask;
        logger.LogInformation("Search: the {Kind} index follows the catalog's outbox.", index.Kind);
        return new SearchIndexerService(index, stop, running, refreshing, writes);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _running;
        await _refreshing;
        _stop.Dispose();
        _writes.Dispose();
        await Index.DisposeAsync();
    }
}
