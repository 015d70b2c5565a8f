using Gateway.Catalog.Documents.Profile;
using Gateway.Catalog.Model;
using Gateway.Catalog.Storage;

namespace Gateway.Search.Indexing;

/// <summary>
/// A product's usage as the gateways measured it: the operations stored in the catalog for the hours that started
/// within <see cref="UsageRankingOptions.Window"/> before now (the same sum <see cref="UsageRankingRefresher"/> compares).
/// </summary>
public sealed class StoredProductUsageReader : IProductUsageReader
{
    private readonly IProductUsageStore _store;
    private readonly UsageRankingOptions _options;
    private readonly TimeProvider _time;

    public StoredProductUsageReader(IProductUsageStore store, UsageRankingOptions? options = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
        _options = options ?? new UsageRankingOptions();
        _time = time ?? TimeProvider.System;
    }

    /// <summary>The reader over <paramref name="catalog"/> when it stores usage; null otherwise (usage then counts as 0).</summary>
    public static StoredProductUsageReader? Over(ICatalogStore catalog, UsageRankingOptions? options = null) =>
        catalog is IProductUsageStore store ? new StoredProductUsageReader(store, options) : null;

    public async Task<double> ReadUsageAsync(ProductUrn product, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        long operations = 0;
        foreach (var hour in await _store.ReadUsageAsync(product, UsageResolution.Hour, now - _options.Window, now.AddHours(1), cancellationToken))
        {
            operations += hour.Operations;
        }

        return operations;
    }
}
