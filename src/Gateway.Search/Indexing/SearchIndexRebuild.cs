using System.Runtime.CompilerServices;
using Gateway.Catalog.Storage;
using Gateway.Search.Elasticsearch;

namespace Gateway.Search.Indexing;

/// <summary>
/// Rebuilds an index from the catalog (<c>gateway search reindex</c>): every product's document again (drafts and
/// retired products too: the index hides them, not the rebuild), a page of products at a time. The indexer's outbox
/// position moves to the outbox's end before the products are read, so a change made during the rebuild is either
/// read by it or indexed by the indexer afterwards, never lost. (The catalog never deletes a product: it retires it.)
/// Elasticsearch is rebuilt into a new index behind its alias, swapped in when loaded
/// (<see cref="ElasticsearchSearchIndex.ReindexAsync"/>). A gateway's indexer that handles a change while the new index
/// loads writes it through the alias into the old index, which the swap drops; so the outbox position is recorded before
/// the catalog is read (as the rebuild's own consumer, <see cref="ReplayConsumer"/>), and after the swap every event
/// since that position is indexed again into the new index. A change is then either read by the load, or replayed.
/// </summary>
public static class SearchIndexRebuild
{
    public static async Task<int> RunAsync(
        ICatalogStore catalog, IOutboxConsumerStore outbox, SearchDocumentBuilder builder, ISearchIndex index, SearchIndexerOptions? options,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(outbox);
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(index);
        options ??= new SearchIndexerOptions { Consumer = SearchIndexes.ConsumerFor(index) };
        await index.InitializeAsync(cancellationToken);

        // Skip what is pending: the rebuild reads the current state of every product anyway.
        await SkipToEndAsync(outbox, options.Consumer, cancellationToken);

        if (index is ElasticsearchSearchIndex elasticsearch)
        {
            var replay = options with { Consumer = ReplayConsumer(options.Consumer) };
            await SkipToEndAsync(outbox, replay.Consumer, cancellationToken);
            var loaded = (int)(await elasticsearch.ReindexAsync(Documents(catalog, builder, cancellationToken), cancellationToken)).Documents;
            await new SearchIndexer(outbox, builder, index, replay).CatchUpAsync(cancellationToken);
            return loaded;
        }

        var indexed = 0;
        var batch = new List<SearchDocument>(ProductQuery.MaxPageSize);
        await foreach (var document in Documents(catalog, builder, cancellationToken))
        {
            batch.Add(document);
            if (batch.Count == ProductQuery.MaxPageSize)
            {
                await index.IndexAsync(batch, cancellationToken);
                indexed += batch.Count;
                batch.Clear();
            }
        }

        await index.IndexAsync(batch, cancellationToken);
        return indexed + batch.Count;
    }

    /// <summary>The outbox consumer an Elasticsearch rebuild records its starting position as, to replay what follows it after the swap.</summary>
    public static string ReplayConsumer(string indexerConsumer) => indexerConsumer + "-reindex";

    /// <summary>Moves <paramref name="consumer"/> past every event the outbox holds now.</summary>
    private static async Task SkipToEndAsync(IOutboxConsumerStore outbox, string consumer, CancellationToken cancellationToken)
    {
        while (true)
        {
            var pending = await outbox.ReadOutboxAsync(consumer, 1000, cancellationToken);
            if (pending.Events.Count == 0)
            {
                return;
            }

            await outbox.AdvanceOutboxAsync(consumer, pending.End, cancellationToken);
        }
    }

    /// <summary>Every product's document, a page of the catalog at a time.</summary>
    private static async IAsyncEnumerable<SearchDocument> Documents(
        ICatalogStore catalog, SearchDocumentBuilder builder, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        string? after = null;
        while (true)
        {
            var page = await catalog.ListProductsAsync(new ProductQuery { First = ProductQuery.MaxPageSize, After = after }, cancellationToken);
            foreach (var product in page.Items)
            {
                if (await builder.BuildAsync(product.Urn, cancellationToken) is { } document)
                {
                    yield return document;
                }
            }

            if (!page.HasNextPage)
            {
                yield break;
            }

            after = page.EndCursor;
        }
    }
}
