using Gateway.Catalog.Documents.Profile;
using Gateway.Catalog.Model;
using Gateway.Catalog.Storage;

namespace Gateway.Catalog.Tests.Storage;

[Collection(CatalogStoreCollection.Name)]
public sealed class ListingTests(CatalogStoreFixture stores)
{
    private static readonly CancellationToken None = CancellationToken.None;

    private static async Task<SqlCatalogStore> SeedAsync(SqlCatalogStore store)
    {
        // 30 products over 3 domains, 2 owners, tags on every third, classifications in turn.
        for (var i = 0; i < 30; i++)
        {
            var domain = (string[])["sales", "crm", "finance"];
            var publication = TestPublications.Product(
                $"urn:dp:{domain[i % 3]}:product-{i:00}",
                name: $"Product {29 - i:00}",
                owner: i % 2 == 0 ? "ana" : "tom",
                tags: i % 3 == 0 ? ["gold"] : ["bronze"],
                classification: (DataClassification)(i % 3),
                status: i % 5 == 0 ? LifecycleStatus.Draft : LifecycleStatus.Published);
            await store.PublishAsync(publication, 0, None);
        }

        return store;
    }

    private static async Task<List<DataProduct>> AllPagesAsync(ICatalogStore store, ProductQuery query)
    {
        var all = new List<DataProduct>();
        string? after = null;
        while (true)
        {
            var page = await store.ListProductsAsync(query with { After = after }, None);
            all.AddRange(page.Items);
            if (!page.HasNextPage)
            {
                return all;
            }

            after = page.EndCursor;
        }
    }

    [Theory]
    [BothStores]
    public async Task Paging_by_name_visits_every_product_once_in_order(StoreKind kind)
    {
        await using var store = await SeedAsync(await stores.CreateAsync(kind));

        var all = await AllPagesAsync(store, new ProductQuery { First = 7 });

        Assert.Equal(30, all.Count);
        Assert.Equal(all.Select(p => p.Name).Order(StringComparer.Ordinal), all.Select(p => p.Name));
        Assert.Equal(30, all.Select(p => p.Urn).Distinct().Count());
    }

    [Theory]
    [BothStores]
    public async Task Paging_a_tag_by_name_visits_each_tagged_product_once_in_order(StoreKind kind)
    {
        await using var store = await SeedAsync(await stores.CreateAsync(kind));

        var ascending = await AllPagesAsync(store, new ProductQuery { Tag = "bronze", First = 3 });
        var descending = await AllPagesAsync(store, new ProductQuery { Tag = "bronze", Domain = "crm", Descending = true, First = 2 });

        Assert.Equal(20, ascending.Count);
        Assert.Equal(ascending.Select(p => p.Name).Order(StringComparer.Ordinal), ascending.Select(p => p.Name));
        Assert.All(ascending, p => Assert.Equal(["bronze"], p.Tags));
        Assert.Equal(10, descending.Count);
        Assert.Equal(descending.Select(p => p.Name).OrderDescending(StringComparer.Ordinal), descending.Select(p => p.Name));
    }

    [Theory]
    [BothStores]
    public async Task Descending_urn_order_pages_backwards(StoreKind kind)
    {
        await using var store = await SeedAsync(await stores.CreateAsync(kind));

        var all = await AllPagesAsync(store, new ProductQuery { Sort = ProductSort.Urn, Descending = true, First = 4 });

        Assert.Equal(all.Select(p => p.Urn.ToString()).OrderDescending(StringComparer.Ordinal), all.Select(p => p.Urn.ToString()));
        Assert.Equal(30, all.Count);
    }

    [Theory]
    [BothStores]
    public async Task Filters_combine(StoreKind kind)
    {
        await using var store = await SeedAsync(await stores.CreateAsync(kind));

        var sales = await AllPagesAsync(store, new ProductQuery { Domain = "sales" });
        var goldByAna = await AllPagesAsync(store, new ProductQuery { Tag = "gold", Owner = "ana" });
        var drafts = await AllPagesAsync(store, new ProductQuery { Status = LifecycleStatus.Draft });
        var raw = await AllPagesAsync(store, new ProductQuery { Classification = DataClassification.Raw, Domain = "sales" });

        Assert.Equal(10, sales.Count);
        Assert.All(sales, p => Assert.Equal("sales", p.Domain));

        // Gold: every third (i = 0, 3, ...); ana: even i; both: i = 0, 6, 12, 18, 24.
        Assert.Equal(["urn:dp:sales:product-00", "urn:dp:sales:product-06", "urn:dp:sales:product-12", "urn:dp:sales:product-18", "urn:dp:sales:product-24"],
            goldByAna.Select(p => p.Urn.ToString()).Order(StringComparer.Ordinal));
        Assert.Equal(6, drafts.Count);
        Assert.Equal(10, raw.Count);
        Assert.Equal(5, await store.CountProductsAsync(new ProductQuery { Tag = "gold", Owner = "ana" }, None));
        Assert.Equal(30, await store.CountProductsAsync(new ProductQuery { After = "ignored" }, None));
    }

    [Theory]
    [BothStores]
    public async Task Sorting_by_update_time_follows_publish_order(StoreKind kind)
    {
        var clock = new SteppingClock();
        await using var store = await SeedAsync(await stores.CreateAsync(kind, clock));

        var newestFirst = await AllPagesAsync(store, new ProductQuery { Sort = ProductSort.UpdatedAt, Descending = true, First = 9 });

        Assert.Equal("urn:dp:finance:product-29", newestFirst[0].Urn.ToString());
        Assert.Equal("urn:dp:sales:product-00", newestFirst[^1].Urn.ToString());
    }

    [Theory]
    [BothStores]
    public async Task A_cursor_from_another_sort_or_tampered_is_refused(StoreKind kind)
    {
        await using var store = await SeedAsync(await stores.CreateAsync(kind));
        var page = await store.ListProductsAsync(new ProductQuery { First = 2 }, None);

        await Assert.ThrowsAsync<ArgumentException>(() => store.ListProductsAsync(new ProductQuery { Sort = ProductSort.Urn, After = page.EndCursor }, None));
        await Assert.ThrowsAsync<ArgumentException>(() => store.ListProductsAsync(new ProductQuery { After = "not a cursor!" }, None));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => store.ListProductsAsync(new ProductQuery { First = 101 }, None));
    }

    [Theory]
    [BothStores]
    public async Task The_last_page_says_there_is_no_next(StoreKind kind)
    {
        await using var store = await SeedAsync(await stores.CreateAsync(kind));

        var first = await store.ListProductsAsync(new ProductQuery { Domain = "crm", First = 10 }, None);
        var empty = await store.ListProductsAsync(new ProductQuery { Domain = "nowhere" }, None);

        Assert.Equal((10, false), (first.Items.Count, first.HasNextPage));
        Assert.Equal((0, false, null), (empty.Items.Count, empty.HasNextPage, empty.EndCursor));
    }

    /// <summary>A clock that moves one second each time it is read, so every write has its own time.</summary>
    private sealed class SteppingClock : TimeProvider
    {
        private long _ticks = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).Ticks;

        public override DateTimeOffset GetUtcNow() => new(Interlocked.Add(ref _ticks, TimeSpan.TicksPerSecond), TimeSpan.Zero);
    }
}
