using Gateway.Catalog.Documents.Profile;
using Gateway.Catalog.Model;
using Gateway.Catalog.Storage;
using Microsoft.Extensions.Logging;

namespace Gateway.Usage;

/// <summary>
/// Writes the usage a <see cref="ProductUsageMeter"/> counted into the catalog every
/// <see cref="ProductUsageOptions.FlushInterval"/> and when disposed: what each subgraph counted since the last write that
/// succeeded, as an increment of the product the subgraph is registered for (read from the catalog at each write, so a
/// product published a moment ago is counted from its first request). A failed write leaves the difference to the next
/// one, so a catalog that is down loses nothing, only delays. Counts of subgraphs no product registered (a supergraph
/// served without publishing) are not stored. Also deletes usage older than the retention windows, once per
/// <see cref="ProductUsageOptions.RetentionSweepInterval"/>.
/// </summary>
public sealed class ProductUsageWriter : IAsyncDisposable
{
    private readonly ProductUsageMeter _meter;
    private readonly ICatalogStore _catalog;
    private readonly IProductUsageStore _store;
    private readonly ProductUsageOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger? _logger;
    private readonly SemaphoreSlim _writing = new(1, 1);
    private readonly Dictionary<SubgraphUsageCounters, SubgraphUsageTotals> _written = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private DateTimeOffset _nextSweep;

    /// <param name="meter">What the gateway counts.</param>
    /// <param name="catalog">The catalog: its subgraph registrations say which product each subgraph is; it must implement <see cref="IProductUsageStore"/>.</param>
    /// <param name="options">Intervals and retention; the defaults when null.</param>
    /// <param name="time">The clock usage is stamped with.</param>
    /// <param name="logger">Told of failed writes.</param>
    /// <param name="run">False writes only when <see cref="FlushAsync"/> is called (and when disposed).</param>
    public ProductUsageWriter(
        ProductUsageMeter meter, ICatalogStore catalog, ProductUsageOptions? options = null, TimeProvider? time = null, ILogger? logger = null, bool run = true)
    {
        ArgumentNullException.ThrowIfNull(meter);
        ArgumentNullException.ThrowIfNull(catalog);
        _meter = meter;
        _catalog = catalog;
        _store = catalog as IProductUsageStore
            ?? throw new ArgumentException("Usage is written to a catalog store that implements IProductUsageStore.", nameof(catalog));
        _options = options ?? new ProductUsageOptions();
        _time = time ?? TimeProvider.System;
        _logger = logger;
        _nextSweep = _time.GetUtcNow();
        _loop = run ? Task.Run(RunAsync) : Task.CompletedTask;
    }

    /// <summary>Writes what was counted since the last write; returns how many products it wrote for. A failure propagates (and the counts wait for the next write).</summary>
    public async Task<int> FlushAsync(CancellationToken cancellationToken)
    {
        await _writing.WaitAsync(cancellationToken);
        try
        {
            var readings = new List<(SubgraphUsageCounters Counters, SubgraphUsageTotals Totals)>();
            foreach (var counters in _meter.Subgraphs)
            {
                var totals = counters.Read();
                if (!totals.Since(_written.GetValueOrDefault(counters)).IsEmpty)
                {
                    readings.Add((counters, totals));
                }
            }

            var now = _time.GetUtcNow();
            var written = 0;
            if (readings.Count > 0)
            {
                var products = await ProductsBySubgraphAsync(cancellationToken);
                var increments = new List<ProductUsageIncrement>(readings.Count);
                foreach (var (counters, totals) in readings)
                {
                    if (products.TryGetValue(counters.Subgraph, out var product))
                    {
                        counters.Product = product.ToString();
                        var delta = totals.Since(_written.GetValueOrDefault(counters));
                        increments.Add(new ProductUsageIncrement(product, now, delta.Operations, delta.Fetches, delta.Errors, delta.LatencyBuckets));
                    }
                }

                await _store.RecordUsageAsync(increments, cancellationToken);
                foreach (var (counters, totals) in readings)
                {
                    _written[counters] = totals;
                }

                written = increments.Count;
            }

            if (now >= _nextSweep)
            {
                var minuteRetention = _options.MinuteRetention < _options.Retention ? _options.MinuteRetention : _options.Retention;
                await _store.DeleteUsageBeforeAsync(now - minuteRetention, now - _options.Retention, cancellationToken);
                _nextSweep = now + _options.RetentionSweepInterval;
            }

            return written;
        }
        finally
        {
            _writing.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        try
        {
            await FlushAsync(CancellationToken.None);
        }
        catch (Exception error) when (IsStoreFailure(error))
        {
            _logger?.LogError(error, "The usage counted since the last write could not be stored when the gateway stopped; it is lost.");
        }

        _stop.Dispose();
        _writing.Dispose();
    }

    private async Task RunAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(_options.FlushInterval, _time, _stop.Token);
                await FlushAsync(_stop.Token);
            }
            catch (OperationCanceledException) when (_stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception error) when (IsStoreFailure(error))
            {
                _logger?.LogWarning(error, "Usage could not be written to the catalog; it is kept for the next write.");
            }
        }
    }

    private async Task<Dictionary<string, ProductUrn>> ProductsBySubgraphAsync(CancellationToken cancellationToken)
    {
        var products = new Dictionary<string, ProductUrn>(StringComparer.Ordinal);
        foreach (var registration in await _catalog.ListSubgraphsAsync(cancellationToken))
        {
            products[registration.Name] = registration.Product;
        }

        return products;
    }

    private static bool IsStoreFailure(Exception error) =>
        error is System.Data.Common.DbException or IOException or InvalidOperationException or TimeoutException;
}
