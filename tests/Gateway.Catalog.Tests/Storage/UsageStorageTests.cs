using Gateway.Catalog.Documents.Profile;
using Gateway.Catalog.Model;
using Gateway.Catalog.Storage;

namespace Gateway.Catalog.Tests.Storage;

[Collection(CatalogStoreCollection.Name)]
public sealed class UsageStorageTests(CatalogStoreFixture stores)
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly ProductUrn Users = ProductUrn.Parse("urn:dp:registration:registered-users");
    private static readonly ProductUrn Orders = ProductUrn.Parse("urn:dp:sales:orders");
    private static readonly DateTimeOffset Nine = new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [BothStores]
    public async Task Increments_add_up_per_minute_and_per_hour(StoreKind kind)
    {
        await using var store = await stores.CreateAsync(kind);

        await store.RecordUsageAsync([Increment(Users, Nine.AddSeconds(10), 3, 5, 1, bucket: 2), Increment(Orders, Nine.AddSeconds(20), 7, 7, 0, bucket: 4)], None);
        await store.RecordUsageAsync([Increment(Users, Nine.AddSeconds(50), 2, 2, 0, bucket: 2)], None);
        await store.RecordUsageAsync([Increment(Users, Nine.AddMinutes(1).AddSeconds(5), 4, 4, 2, bucket: 21)], None);

        var minutes = await store.ReadUsageAsync(Users, UsageResolution.Minute, Nine, Nine.AddHours(1), None);
        Assert.Equal([Nine, Nine.AddMinutes(1)], minutes.Select(bucket => bucket.Start));
        Assert.Equal((5L, 7L, 1L), (minutes[0].Operations, minutes[0].Fetches, minutes[0].Errors));
        Assert.Equal(7, minutes[0].LatencyBuckets[2]);
        Assert.Equal(4, minutes[1].LatencyBuckets[21]);

        var hour = Assert.Single(await store.ReadUsageAsync(Users, UsageResolution.Hour, Nine, Nine.AddHours(1), None));
        Assert.Equal((Nine, 9L, 11L, 3L), (hour.Start, hour.Operations, hour.Fetches, hour.Errors));
        Assert.Equal(7, hour.LatencyBuckets[2]);
        Assert.Equal(4, hour.LatencyBuckets[21]);
        Assert.Equal(11, hour.LatencyBuckets.Sum());
    }

    [Theory]
    [BothStores]
    public async Task A_window_reads_only_the_periods_that_start_inside_it(StoreKind kind)
    {
        await using var store = await stores.CreateAsync(kind);
        await store.RecordUsageAsync([Increment(Users, Nine, 1, 1, 0, 0), Increment(Users, Nine.AddHours(1), 2, 2, 0, 0), Increment(Users, Nine.AddHours(2), 4, 4, 0, 0)], None);

        var hours = await store.ReadUsageAsync(Users, UsageResolution.Hour, Nine.AddHours(1), Nine.AddHours(2), None);

        Assert.Equal(2, Assert.Single(hours).Operations);
        Assert.Empty(await store.ReadUsageAsync(Orders, UsageResolution.Hour, Nine, Nine.AddDays(1), None));
    }

    [Theory]
    [BothStores]
    public async Task Totals_sum_each_products_operations_since_a_time(StoreKind kind)
    {
        await using var store = await stores.CreateAsync(kind);
        await store.RecordUsageAsync(
            [Increment(Users, Nine, 10, 10, 0, 0), Increment(Users, Nine.AddDays(3), 5, 5, 0, 0), Increment(Orders, Nine.AddDays(3), 1, 3, 1, 0)], None);

        var totals = await store.ReadOperationTotalsAsync(Nine.AddDays(1), None);

        Assert.Equal(2, totals.Count);
        Assert.Equal(5, totals[Users]);
        Assert.Equal(1, totals[Orders]);
    }

    [Theory]
    [BothStores]
    public async Task Retention_drops_minutes_and_hours_older_than_their_windows(StoreKind kind)
    {
        await using var store = await stores.CreateAsync(kind);
        await store.RecordUsageAsync([Increment(Users, Nine, 1, 1, 0, 0), Increment(Users, Nine.AddDays(2), 2, 2, 0, 0)], None);

        // Minutes before the second day go (one), hours before the first day's end go (one).
        var deleted = await store.DeleteUsageBeforeAsync(Nine.AddDays(1), Nine.AddHours(1), None);

        Assert.Equal(2, deleted);
        Assert.Equal([Nine.AddDays(2)], (await store.ReadUsageAsync(Users, UsageResolution.Minute, Nine, Nine.AddDays(3), None)).Select(bucket => bucket.Start));
        Assert.Equal([Nine.AddDays(2)], (await store.ReadUsageAsync(Users, UsageResolution.Hour, Nine, Nine.AddDays(3), None)).Select(bucket => bucket.Start));
    }

    [Theory]
    [BothStores]
    public async Task Concurrent_flushes_into_one_minute_lose_no_counts(StoreKind kind)
    {
        await using var store = await stores.CreateAsync(kind);

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => store.RecordUsageAsync([Increment(Users, Nine, 1, 2, 0, 3)], None)));

        var hour = Assert.Single(await store.ReadUsageAsync(Users, UsageResolution.Hour, Nine, Nine.AddHours(1), None));
        Assert.Equal((8L, 16L), (hour.Operations, hour.Fetches));
        Assert.Equal(16, hour.LatencyBuckets[3]);
    }

    [Theory]
    [BothStores]
    public async Task An_increment_with_other_buckets_is_refused(StoreKind kind)
    {
        await using var store = await stores.CreateAsync(kind);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => store.RecordUsageAsync([new ProductUsageIncrement(Users, Nine, 1, 1, 0, [1, 2])], None));

        Assert.Contains("has 2 latency buckets; the catalog stores 22", error.Message, StringComparison.Ordinal);
    }

    private static ProductUsageIncrement Increment(ProductUrn product, DateTimeOffset at, long operations, long fetches, long errors, int bucket)
    {
        var latency = new long[LatencyHistogram.BucketCount];
        latency[bucket] = fetches;
        return new ProductUsageIncrement(product, at, operations, fetches, errors, latency);
    }
}
