using Gateway.Catalog.Documents.Profile;
using Gateway.Catalog.Model;
using Gateway.Catalog.Storage;

namespace Gateway.Usage;

/// <summary>
/// A product's usage over a window ending now, as the catalog API's <c>product { usage }</c> and <c>gateway product
/// usage</c> show it: the total, and one entry per UTC day the window touches (days without usage count zero).
/// </summary>
/// <param name="From">The start of the first period read: the window's start, down to its minute (last hour) or hour.</param>
/// <param name="To">Now.</param>
public sealed record ProductUsageReport(
    ProductUrn Product, UsageWindow Window, DateTimeOffset From, DateTimeOffset To, ProductUsageBucket Total, IReadOnlyList<ProductUsageBucket> Daily)
{
    public static async Task<ProductUsageReport> ReadAsync(
        IProductUsageStore store, ProductUrn product, UsageWindow window, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(product);
        var resolution = window == UsageWindow.LastHour ? UsageResolution.Minute : UsageResolution.Hour;
        var from = SqlCatalogStore.PeriodStart(now - Length(window), resolution);
        var periods = await store.ReadUsageAsync(product, resolution, from, now, cancellationToken);

        var days = new List<ProductUsageBucket>();
        var next = 0;
        for (var day = new DateTimeOffset(from.UtcDateTime.Date, TimeSpan.Zero); day <= now; day = day.AddDays(1))
        {
            var end = day.AddDays(1);
            var first = next;
            while (next < periods.Count && periods[next].Start < end)
            {
                next++;
            }

            days.Add(ProductUsageBucket.Sum(day, Slice(periods, first, next)));
        }

        return new ProductUsageReport(product, window, from, now, ProductUsageBucket.Sum(from, periods), days);
    }

    /// <summary>How far back a window reaches.</summary>
    public static TimeSpan Length(UsageWindow window) => window switch
    {
        UsageWindow.LastHour => TimeSpan.FromHours(1),
        UsageWindow.LastDay => TimeSpan.FromDays(1),
        UsageWindow.Last7Days => TimeSpan.FromDays(7),
        _ => TimeSpan.FromDays(30),
    };

    private static IEnumerable<ProductUsageBucket> Slice(IReadOnlyList<ProductUsageBucket> periods, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            yield return periods[i];
        }
    }
}
