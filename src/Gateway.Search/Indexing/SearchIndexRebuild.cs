using Gateway.Catalog.Storage;

namespace Gateway.Search.Indexing;

/// <summary>
/// Rebuilds an index from the catalog (<c>gateway search reindex</c>): every product's document again (drafts and
/// retired products too: the index hides them, not the rebuild), a page of products at a time. The indexer's outbox
/// position moves to the outbox's end before the products are read, so a change made during the rebuild is either
/// read by it or indexed by the indexer afterwards, never lost. (The catalog never deletes a product: it retires it.)
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
        options ??= new SearchIndexerOptions();
        await index.InitializeAsync(cancellationToken);

        // Skip what is pending: the rebuild reads the current state of every product anyway.
        while (true)
        {
            var pending = await outbox.ReadOutboxAsync(options.Consumer, 1000, cancellationToken);
            if (pending.Events.Count == 0)
            {
                break;
            }

            await outbox.AdvanceOutboxAsync(options.Consumer, pending.End, cancellationToken);
        }

        var indexed = 0;
        string? after = null;
        while (true)
        {
            var page = await catalog.ListProductsAsync(new ProductQuery { First = ProductQuery.MaxPageSize, After = after }, cancellationToken);
            var documents = new List<SearchDocument>(page.Items.Count);
            foreach (var product in page.Items)
            {
                if (await builder.BuildAsync(product.Urn, cancellationToken) is { } document)
                {
                    documents.Add(document);
                }
            }

            await index.IndexAsync(documents, cancellationToken);
            indexed += documents.Count;
            if (!page.HasNextPage)
            {
                break;
            }

            after = page.EndCursor;
        }

        return indexed;
    }
}
