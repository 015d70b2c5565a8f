using Gateway.Catalog.Documents.Profile;
using Gateway.Catalog.Model;
using Gateway.Catalog.Storage;

namespace Gateway.Catalog.Tests.Storage;

[Collection(CatalogStoreCollection.Name)]
public sealed class LifecycleTests(CatalogStoreFixture stores)
{
    private static readonly ProductUrn Orders = ProductUrn.Parse("urn:dp:sales:orders");
    private static readonly ProductUrn Orders2 = ProductUrn.Parse("urn:dp:sales:orders-v2");
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly DateOnly Sunset = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(90);

    [Theory]
    [BothStores]
    public async Task Deprecation_records_the_sunset_and_successor_and_marks_the_subgraph(StoreKind kind)
    {
        await using var store = await stores.CreateAsync(kind);
        await store.PublishAsync(TestPublications.Product(Orders.ToString(), subgraph: "orders"), 0, None);
        await store.PublishAsync(TestPublications.Product(Orders2.ToString()), 0, None);

        var receipt = await store.ChangeLifecycleAsync(
            new LifecycleChange(Orders, LifecycleStatus.Deprecated, new Deprecation(Sunset, Orders2, "replaced"), "ana"), 1, None);

        var product = (await store.GetProductAsync(Orders, None))!;
        Assert.Equal((2L, LifecycleStatus.Deprecated), (receipt.Revision, product.Status));
        Assert.Equal(new Deprecation(Sunset, Orders2, "replaced"), product.Deprecation);
        Assert.Equal(SubgraphStatus.Deprecated, (await store.GetSubgraphAsync("orders", None))!.Status);
        var history = await store.ListHistoryAsync(Orders, None);
        Assert.Equal(ChangeKind.Deprecated, history[^1].Kind);
        Assert.Contains("succeeded by urn:dp:sales:orders-v2", history[^1].Summary);
    }

    [Theory]
    [BothStores]
    public async Task Retiring_a_deprecated_product_takes_its_subgraph_out(StoreKind kind)
    {
        await using var store = await stores.CreateAsync(kind);
        await store.PublishAsync(TestPublications.Product(Orders.ToString(), subgraph: "orders"), 0, None);
        await store.ChangeLifecycleAsync(new LifecycleChange(Orders, LifecycleStatus.Deprecated, new Deprecation(Sunset, null, null), null), 1, None);

        await store.ChangeLifecycleAsync(new LifecycleChange(Orders, LifecycleStatus.Retired, null, null), 2, None);

        var product = (await store.GetProductAsync(Orders, None))!;
        Assert.Equal(LifecycleStatus.Retired, product.Status);
        Assert.Equal(Sunset, product.Deprecation?.SunsetDate);
        Assert.Equal(SubgraphStatus.Retired, (await store.GetSubgraphAsync("orders", None))!.Status);
        Assert.Equal(3, (await store.ReadOutboxAsync(10, None)).Count);
    }

    [Theory]
    [BothStores]
    public async Task Illegal_moves_are_rejected_and_change_nothing(StoreKind kind)
    {
        await using var store = await stores.CreateAsync(kind);
        await store.PublishAsync(TestPublications.Product(Orders.ToString()), 0, None);

        var retire = await Assert.ThrowsAsync<CatalogRejectedException>(
            () => store.ChangeLifecycleAsync(new LifecycleChange(Orders, LifecycleStatus.Retired, null, null), 1, None));
        var noSunset = await Assert.ThrowsAsync<CatalogRejectedException>(
            () => store.ChangeLifecycleAsync(new LifecycleChange(Orders, LifecycleStatus.Deprecated, null, null), 1, None));
        var past = await Assert.ThrowsAsync<CatalogRejectedException>(
            () => store.ChangeLifecycleAsync(new LifecycleChange(Orders, LifecycleStatus.Deprecated, new Deprecation(new DateOnly(2000, 1, 1), null, null), null), 1, None));
        var unknownSuccessor = await Assert.ThrowsAsync<CatalogRejectedException>(
            () => store.ChangeLifecycleAsync(new LifecycleChange(Orders, LifecycleStatus.Deprecated, new Deprecation(Sunset, Orders2, null), null), 1, None));

        Assert.Contains("must be deprecated, with a sunset date, before it is retired", retire.Message);
        Assert.Contains("needs a sunset date", noSunset.Message);
        Assert.Contains("is in the past", past.Message);
        Assert.Contains("the successor urn:dp:sales:orders-v2 must be a product in the catalog", unknownSuccessor.Message);
        Assert.Equal((LifecycleStatus.Published, 1L), ((await store.GetProductAsync(Orders, None))!.Status, (await store.GetProductAsync(Orders, None))!.Revision));
    }

    [Theory]
    [BothStores]
    public async Task A_retired_product_cannot_be_published_again(StoreKind kind)
    {
        await using var store = await stores.CreateAsync(kind);
        await store.PublishAsync(TestPublications.Product(Orders.ToString()), 0, None);
        await store.ChangeLifecycleAsync(new LifecycleChange(Orders, LifecycleStatus.Deprecated, new Deprecation(Sunset, null, null), null), 1, None);
        await store.ChangeLifecycleAsync(new LifecycleChange(Orders, LifecycleStatus.Retired, null, null), 2, None);

        var rejected = await Assert.ThrowsAsync<CatalogRejectedException>(
            () => store.PublishAsync(TestPublications.Product(Orders.ToString(), "2.0.0"), 3, None));

        Assert.Contains("a retired product cannot change", rejected.Message);
    }

    [Theory]
    [BothStores]
    public async Task A_new_version_brings_a_deprecated_product_back(StoreKind kind)
    {
        await using var store = await stores.CreateAsync(kind);
        await store.PublishAsync(TestPublications.Product(Orders.ToString()), 0, None);
        await store.ChangeLifecycleAsync(new LifecycleChange(Orders, LifecycleStatus.Deprecated, new Deprecation(Sunset, null, null), null), 1, None);

        await store.PublishAsync(TestPublications.Product(Orders.ToString(), "1.1.0"), 2, None);

        var product = (await store.GetProductAsync(Orders, None))!;
        Assert.Equal((LifecycleStatus.Published, null), (product.Status, product.Deprecation));
    }

    [Theory]
    [BothStores]
    public async Task A_draft_is_published_by_a_lifecycle_move(StoreKind kind)
    {
        await using var store = await stores.CreateAsync(kind);
        await store.PublishAsync(TestPublications.Product(Orders.ToString(), status: LifecycleStatus.Draft), 0, None);

        await store.ChangeLifecycleAsync(new LifecycleChange(Orders, LifecycleStatus.Published, null, "ana"), 1, None);

        Assert.Equal(LifecycleStatus.Published, (await store.GetProductAsync(Orders, None))!.Status);
        Assert.Equal(LifecycleStatus.Published, Assert.Single(await store.ListVersionsAsync(Orders, None)).Status);
    }

    [Theory]
    [InlineData(null, LifecycleStatus.Deprecated, false)]
    [InlineData(LifecycleStatus.Draft, LifecycleStatus.Retired, true)]
    [InlineData(LifecycleStatus.Draft, LifecycleStatus.Deprecated, false)]
    [InlineData(LifecycleStatus.Published, LifecycleStatus.Draft, false)]
    [InlineData(LifecycleStatus.Deprecated, LifecycleStatus.Retired, true)]
    [InlineData(LifecycleStatus.Retired, LifecycleStatus.Published, false)]
    public void Lifecycle_allows_only_the_legal_moves(LifecycleStatus? from, LifecycleStatus to, bool legal)
    {
        Assert.Equal(legal, Lifecycle.Check(from, to) is null);
    }
}
