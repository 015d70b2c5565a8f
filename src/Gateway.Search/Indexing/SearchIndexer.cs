using Gateway.Catalog.Documents.Profile;
using Gateway.Catalog.Storage;

namespace Gateway.Search.Indexing;

/// <summary>
/// Keeps an index in step with the catalog by reading the catalog's outbox (written in the same transaction as each
/// change) at its own consumer position: for each batch, it rebuilds the documents of the products the events name
/// from the catalog's current state, indexes them (or removes products the catalog no longer has), and only then
/// moves its position past the batch. A crash or a failing index in between leaves the position where it was, so the
/// batch is read again: nothing is lost, and since a document is rebuilt from the current state and replaces the
/// indexed one, reading it twice indexes it once. While the index fails, the indexer waits longer after each failure
/// (exponential backoff) and tries again.
/// </summary>
public sealed class SearchIndexer
{
    private readonly IOutboxConsumerStore _outbox;
    private readonly SearchDocumentBuilder _builder;
    private readonly ISearchIndex _index;
    private readonly SearchIndexerOptions _options;
    private readonly TimeProvider _time;
    private readonly Action<Exception, TimeSpan>? _failed;
    private readonly SemaphoreSlim? _writes;

    /// <param name="failed">Told of each failure and how long the indexer waits before it tries again.</param>
    /// <param name="writes">
    /// Held while a batch's documents are built and written. Another writer of the same index that holds it too (the
    /// <see cref="UsageRankingRefresher"/>) can then never write a document built before one the indexer wrote.
    /// </param>
    public SearchIndexer(
        IOutboxConsumerStore outbox, SearchDocumentBuilder builder, ISearchIndex index, SearchIndexerOptions? options = null,
        TimeProvider? time = null, Action<Exception, TimeSpan>? failed = null, SemaphoreSlim? writes = null)
    {
        ArgumentNullException.ThrowIfNull(outbox);
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(index);
        _outbox = outbox;
        _builder = builder;
        _index = index;
        _options = options ?? new SearchIndexerOptions();
        _time = time ?? TimeProvider.System;
        _failed = failed;
        _writes = writes;
    }

    /// <summary>Indexes every pending event, batch after batch, until the outbox has none; returns how many it handled. A failure propagates.</summary>
    public async Task<int> CatchUpAsync(CancellationToken cancellationToken)
    {
        var handled = 0;
        while (true)
        {
            var batch = await _outbox.ReadOutboxAsync(_options.Consumer, _options.BatchSize, cancellationToken);
            if (batch.Events.Count == 0)
            {
                return handled;
            }

            if (_writes is null)
            {
                await ApplyAsync(batch, cancellationToken);
            }
            else
            {
                await _writes.WaitAsync(cancellationToken);
                try
                {
                    await ApplyAsync(batch, cancellationToken);
                }
                finally
                {
                    _writes.Release();
                }
            }

            await _outbox.AdvanceOutboxAsync(_options.Consumer, batch.End, cancellationToken);
            handled += batch.Events.Count;
        }
    }

    /// <summary>Catches up, then keeps looking every <see cref="SearchIndexerOptions.PollInterval"/>, backing off while failing, until cancelled.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var failures = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            TimeSpan wait;
            try
            {
                await CatchUpAsync(cancellationToken);
                failures = 0;
                wait = _options.PollInterval;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception error)
            {
                // Anything the catalog or the index throws (a down server, a locked file, a bad document) must not end
                // the indexer: it is reported, and the batch is tried again later.
                wait = _options.BackoffAfter(failures++);
                _failed?.Invoke(error, wait);
            }

            try
            {
                await Task.Delay(wait, _time, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task ApplyAsync(OutboxBatch batch, CancellationToken cancellationToken)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var documents = new List<SearchDocument>();
        var removed = new List<string>();
        foreach (var outboxEvent in batch.Events)
        {
            // Product events name the product as their subject; other events (none yet) leave the index alone.
            if (!ProductUrn.TryParse(outboxEvent.Subject, out var urn) || !seen.Add(outboxEvent.Subject))
            {
                continue;
            }

            if (await _builder.BuildAsync(urn, cancellationToken) is { } document)
            {
                documents.Add(document);
            }
            else
            {
                removed.Add(outboxEvent.Subject);
            }
        }

        await _index.IndexAsync(documents, cancellationToken);
        await _index.RemoveAsync(removed, cancellationToken);
    }
}
