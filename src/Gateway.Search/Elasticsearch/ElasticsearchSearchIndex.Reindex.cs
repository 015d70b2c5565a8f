namespace Gateway.Search.Elasticsearch;

public sealed partial class ElasticsearchSearchIndex
{
    /// <summary>
    /// Rebuilds the index with no downtime, for <c>gateway search reindex</c> and mapping changes: puts the template,
    /// creates a new timestamped index (refresh and replicas off while loading), bulk loads every product, restores the
    /// template's refresh interval and replicas, refreshes, then moves the alias from the old indexes to the new one in
    /// one atomic <c>_aliases</c> call and deletes the old indexes. Searches go to the old index until the swap. If loading
    /// fails, the new index is deleted and the alias is left as it was.
    /// </summary>
    /// <remarks>
    /// Writes that arrive through the alias while the new index loads land in the old index and are lost at the swap:
    /// the caller replays the events recorded since the reindex started (<see cref="Indexing.SearchIndexRebuild"/> does).
    /// </remarks>
    public async Task<ReindexResult> ReindexAsync(IAsyncEnumerable<SearchDocument> documents, CancellationToken cancellationToken)
    {
        var settings = _client.Settings;
        await _client.PutIndexTemplateAsync(_alias, _template.Body, cancellationToken);
        var previous = await _client.GetAliasIndicesAsync(_alias, cancellationToken);
        var index = NewIndexName();
        await _client.CreateIndexAsync(index, IndexBody.Loading(), cancellationToken);

        long loaded = 0;
        try
        {
            List<BulkItemResult>? failures = null;
            var body = new BulkRequestBody();
            await foreach (var document in documents.WithCancellation(cancellationToken))
            {
                body.Index(document.Urn, document, ProductDocumentWriter.Write);
                loaded++;
                if (body.Count >= settings.BulkBatchSize || body.Length >= settings.BulkBatchBytes)
                {
                    CollectFailures(await _client.BulkAsync(index, body, cancellationToken), ref failures);
                    body = new BulkRequestBody();
                }
            }

            if (body.Count > 0)
            {
                CollectFailures(await _client.BulkAsync(index, body, cancellationToken), ref failures);
            }

            ThrowWhenFailed(failures, (int)Math.Min(loaded, int.MaxValue), "reindexed");
            await _client.UpdateIndexSettingsAsync(index, IndexBody.Serving(_template.RefreshInterval, _template.Replicas), cancellationToken);
            await _client.RefreshAsync(index, cancellationToken);
        }
        catch
        {
            await DeleteAbandonedIndexAsync(index);
            throw;
        }

        await _client.SwapAliasAsync(_alias, index, previous, cancellationToken);

        List<string>? notDeleted = null;
        foreach (var old in previous)
        {
            try
            {
                await _client.DeleteIndexAsync(old, cancellationToken);
            }
            catch (ElasticsearchException)
            {
                // The alias has moved: the old index serves nothing any more, and leaving it is safer than failing a
                // reindex that succeeded. The result names it for the operator.
                (notDeleted ??= []).Add(old);
            }
        }

        return new ReindexResult(index, loaded, previous, notDeleted ?? []);
    }

    /// <summary>Best effort, and not cancelled with the reindex: a half-loaded index must not be left behind.</summary>
    private async Task DeleteAbandonedIndexAsync(string index)
    {
        try
        {
            await _client.DeleteIndexAsync(index, CancellationToken.None);
        }
        catch (ElasticsearchException)
        {
            // The reindex's own failure is the one to report; a leftover index is outside the alias and serves nothing.
        }
    }
}
