using Gateway.Catalog.Storage;
using Gateway.Search;
using Gateway.Search.Indexing;
using Gateway.Search.Sqlite;
using Microsoft.Extensions.Logging;

namespace Gateway.CatalogApi.Search;

/// <summary>
/// The search indexer running beside a served catalog (<c>gateway serve --registry</c>): it opens the index (Elasticsearch
/// when <c>GATEWAY_ELASTICSEARCH_URL</c> is set, else the embedded index beside the catalog) and keeps it in step with the catalog's outbox until the gateway stops, logging each failure
/// and the wait before the next try. Several gateway replicas over one PostgreSQL catalog each run one; they read the
/// outbox as the same consumer, so a batch may be indexed twice, which replaces a document with itself.
/// </summary>
public sealed class SearchIndexerService : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop;
    private readonly Task _running;

    private SearchIndexerService(ISearchIndex index, CancellationTokenSource stop, Task running)
    {
        Index = index;
        _stop = stop;
        _running = running;
    }

    /// <summary>The index the service keeps current, for the catalog API's search part.</summary>
    public ISearchIndex Index { get; }

    public static async Task<SearchIndexerService> StartAsync(
        ICatalogStore catalog, CatalogStoreSettings settings, ILogger logger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(logger);
        if (catalog is not IOutboxConsumerStore outbox)
        {
            throw new ArgumentException("The search indexer needs a catalog store with outbox consumer positions.", nameof(catalog));
        }

        var index = await SearchIndexes.OpenAsync(settings, SearchIndexes.ElasticsearchFrom(null), cancellationToken);
        var indexer = new SearchIndexer(
            outbox, new SearchDocumentBuilder(catalog), index, new SearchIndexerOptions { Consumer = SearchIndexes.ConsumerFor(index) }, failed: (error, wait) =>
                logger.LogWarning(error, "Search indexing failed; trying again in {Wait} ms.", (long)wait.TotalMilliseconds));
        var stop = new CancellationTokenSource();
        var running = Task.Run(() => indexer.RunAsync(stop.Token), CancellationToken.None);
        if (index is SqliteSearchIndex embedded)
        {
            // The term index is read in the background; searches read SQL until it is ready.
            _ = embedded.WarmAsync(stop.Token).ContinueWith(
                loaded => logger.LogWarning(loaded.Exception, "Search: reading the term index into memory failed; searches read SQL."),
                CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
        }

        logger.LogInformation("Search: the {Kind} index follows the catalog's outbox.", index.Kind);
        return new SearchIndexerService(index, stop, running);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _running;
        _stop.Dispose();
        await Index.DisposeAsync();
    }
}
