using Gateway.Catalog.Documents.Profile;
using Gateway.Catalog.Storage;

namespace Gateway.Search.Indexing;

/// <summary>
/// Keeps the usage search ranks by current. Usage changes with every request and writes no outbox event, so the outbox
/// indexer alone would rank by the usage a product had when it was last published. Every
/// <see cref="UsageRankingOptions.RefreshInterval"/>, the refresher reads every product's usage over the window in one
/// query, and re-indexes the products whose usage moved materially since it last indexed them (by
/// <see cref="UsageRankingOptions.MinimumRelativeChange"/> and <see cref="UsageRankingOptions.MinimumChange"/>), through the
/// same document builder and <see cref="ISearchIndex.IndexAsync"/> as the outbox indexer; products whose usage left the
/// window are re-indexed too. On its first pass every used product counts as moved.
/// </summary>
public sealed class UsageRankingRefresher
{
    private readonly IProductUsageStore _usage;
    private readonly SearchDocumentBuilder _builder;
    private readonly ISearchIndex _index;
    private readonly UsageRankingOptions _options;
    private readonly TimeProvider _time;
    private readonly Action<Exception>? _failed;
    private readonly SemaphoreSlim? _writes;
    private readonly Dictionary<ProductUrn, long> _indexed = [];

    /// <param name="usage">Where usage is stored.</param>
    /// <param name="builder">Builds the documents (with a usage reader over the same store and window).</param>
    /// <param name="index">The index the outbox indexer writes too.</param>
    /// <param name="options">The window and what counts as a material change.</param>
    /// <param name="time">The clock the window ends at.</param>
    /// <param name="failed">Told of each failed pass (the next pass tries again).</param>
    /// <param name="writes">
    /// Held while documents are built and written; the outbox indexer of the same index holds it too, so a product
    /// published during a refresh is never overwritten by the document built before its publish.
    /// </param>
    public UsageRankingRefresher(
        IProductUsageStore usage, SearchDocumentBuilder builder, ISearchIndex index, UsageRankingOptions? options = null, TimeProvider? time = null,
        Action<Exception>? failed = null, SemaphoreSlim? writes = null)
    {
        ArgumentNullException.ThrowIfNull(usage);
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(index);
        _usage = usage;
        _builder = builder;
        _index = index;
        _options = options ?? new UsageRankingOptions();
        _time = time ?? TimeProvider.System;
        _failed = failed;
        _writes = writes;
    }

    /// <summary>Re-indexes the products whose usage moved materially; returns how many. A failure propagates and changes nothing remembered.</summary>
    public async Task<int> RefreshAsync(CancellationToken cancellationToken)
    {
        var totals = await _usage.ReadOperationTotalsAsync(_time.GetUtcNow() - _options.Window, cancellationToken);
        var moved = new List<(ProductUrn Product, long Operations)>();
        foreach (var (product, operations) in totals)
        {
            if (Moved(_indexed.GetValueOrDefault(product), operations))
            {
                moved.Add((product, operations));
            }
        }

        foreach (var (product, operations) in _indexed)
        {
            if (!totals.ContainsKey(product) && Moved(operations, 0))
            {
                moved.Add((product, 0));
            }
        }

        if (moved.Count == 0)
        {
            return 0;
        }

        var indexed = 0;
        if (_writes is not null)
        {
            await _writes.WaitAsync(cancellationToken);
        }

        try
        {
            indexed = await IndexAsync(moved, cancellationToken);
        }
        finally
        {
            _writes?.Release();
        }

        foreach (var (product, operations) in moved)
        {
            _indexed[product] = operations;
        }

        return indexed;
    }

    private async Task<int> IndexAsync(List<(ProductUrn Product, long Operations)> moved, CancellationToken cancellationToken)
    {
        var documents = new List<SearchDocument>(moved.Count);
        foreach (var (product, _) in moved)
        {
            // A product the catalog no longer has is the outbox indexer's to remove.
            if (await _builder.BuildAsync(product, cancellationToken) is { } document)
            {
                documents.Add(document);
            }
        }

        await _index.IndexAsync(documents, cancellationToken);
        return documents.Count;
    }

    /// <summary>Refreshes every <see cref="UsageRankingOptions.RefreshInterval"/> until cancelled; a failed pass is reported and the next one tries again.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await RefreshAsync(cancellationToken);
                await Task.Delay(_options.RefreshInterval, _time, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception error)
            {
                // Whatever the catalog or the index throws, ranking must not stop following usage: the next pass retries.
                _failed?.Invoke(error);
                try
                {
                    await Task.Delay(_options.RefreshInterval, _time, cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private bool Moved(long indexed, long current)
    {
        var change = Math.Abs(current - indexed);
        return change >= _options.MinimumChange && change >= _options.MinimumRelativeChange * indexed;
    }
}
