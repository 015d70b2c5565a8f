using Gateway.Catalog.Documents.Profile;
using Gateway.Catalog.Model;
using Gateway.Search.Indexing;
using Gateway.Search.Tests.Embedded;

namespace Gateway.Search.Tests.Indexing;

/// <summary>Usage moves without outbox events; the refresher re-indexes exactly the products whose usage moved materially.</summary>
[Collection(SearchIndexCollection.Name)]
public sealed class UsageRankingRefresherTests(SearchIndexFixture fixture)
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly DateTimeOffset Noon = new(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [BothIndexes]
    public async Task Only_material_moves_of_usage_re_index_and_usage_leaving_the_window_ranks_down_again(IndexKind kind)
    {
        await using var under = await fixture.CreateAsync(kind);
        var urns = await CatalogSamples.PublishPlainAsync(under.Store, 2);
        var busy = ProductUrn.Parse(urns[1]);
        var clock = new MovableClock(Noon);
        var builder = new SearchDocumentBuilder(under.Store, new StoredProductUsageReader(under.Store, time: clock));
        await new SearchIndexer(under.Store, builder, under.Index).CatchUpAsync(None);
        var refresher = new UsageRankingRefresher(under.Store, builder, under.Index, time: clock);

        await RecordAsync(under, busy, 100);
        Assert.Equal(1, await refresher.RefreshAsync(None));
        var ranked = (await under.Index.SearchAsync("bulk")).Hits;
        Assert.Equal(urns[1], ranked[0].Urn);
        Assert.True(ranked[0].Score > ranked[1].Score);

        await RecordAsync(under, busy, 10); // 10% more: not material
        Assert.Equal(0, await refresher.RefreshAsync(None));
        await RecordAsync(under, busy, 15); // 25% above what is indexed
        Assert.Equal(1, await refresher.RefreshAsync(None));

        clock.Now = Noon.AddDays(8);
        Assert.Equal(1, await refresher.RefreshAsync(None));
        var hits = (await under.Index.SearchAsync("bulk")).Hits;
        Assert.Equal(hits[0].Score, hits[1].Score);
        Assert.Equal(0, await refresher.RefreshAsync(None));
    }

    private static Task RecordAsync(IndexUnderTest under, ProductUrn product, long operations) =>
        under.Store.RecordUsageAsync(
            [new ProductUsageIncrement(product, Noon.AddMinutes(-30), operations, operations, 0, new long[LatencyHistogram.BucketCount])], None);

    private sealed class MovableClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
