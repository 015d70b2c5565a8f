using Gateway.Catalog.Documents.Profile;
using Gateway.Catalog.Model;

namespace Gateway.Catalog.Storage;

/// <summary>
/// Usage measured per product, stored per minute and per hour: gateways add what they counted, readers sum a window,
/// and a retention sweep drops what is older than the window kept.
/// </summary>
public interface IProductUsageStore
{
    /// <summary>Adds each increment to its product's minute and hour, all in one transaction.</summary>
    Task RecordUsageAsync(IReadOnlyList<ProductUsageIncrement> increments, CancellationToken cancellationToken);

    /// <summary>The product's periods of <paramref name="resolution"/> that start in [<paramref name="from"/>, <paramref name="to"/>), oldest first; periods without usage are absent.</summary>
    Task<IReadOnlyList<ProductUsageBucket>> ReadUsageAsync(
        ProductUrn product, UsageResolution resolution, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);

    /// <summary>Operations per product over the hours that start at or after <paramref name="since"/>; products without any are absent.</summary>
    Task<IReadOnlyDictionary<ProductUrn, long>> ReadOperationTotalsAsync(DateTimeOffset since, CancellationToken cancellationToken);

    /// <summary>Deletes the minutes that start before <paramref name="minutesBefore"/> and the hours that start before <paramref name="hoursBefore"/>; returns how many periods went.</summary>
    Task<long> DeleteUsageBeforeAsync(DateTimeOffset minutesBefore, DateTimeOffset hoursBefore, CancellationToken cancellationToken);
}
