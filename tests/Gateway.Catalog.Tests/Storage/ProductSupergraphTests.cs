using Gateway.Catalog.Documents.Profile;
using Gateway.Catalog.Model;
using Gateway.Catalog.Storage;

namespace Gateway.Catalog.Tests.Storage;

[Collection(CatalogStoreCollection.Name)]
public sealed class ProductSupergraphTests(CatalogStoreFixture stores)
{
    private const string Supergraph = "the supergraph with orders";

    private static readonly ProductUrn Orders = ProductUrn.Parse("urn:dp:sales:orders");
    private static readonly CancellationToken None = CancellationToken.None;

    [Theory]
    [BothStores]
    public async Task A_publish_stores_the_product_and_the_next_supergraph_version_together(StoreKind kind)
    {
        await using var store = await stores.CreateAsync(kind);

        var receipt = await store.PublishWithSupergraphAsync(TestPublications.Product(Orders.ToString(), subgraph: "orders"), 0, Supergraph, 0, None);

        Assert.Equal((1L, 1L), (receipt.Product.Revision, receipt.Supergraph.Version));
        Assert.Equal((1L, Supergraph), (await store.GetLatestSupergraphVersionAsync(None), (await store.GetLatestSupergraphAsync(None))!.Sdl));
        Assert.Equal(SubgraphStatus.Active, (await store.GetSubgraphAsync("orders", None))!.Status);
        var kinds = (await store.ReadOutboxAsync(10, None)).Select(outbox => outbox.Kind);
        Assert.Equal(["product.published", "supergraph.published"], kinds);
    }

    [Theory]
    [BothStores]
    public async Task Each_version_keeps_the_subgraph_schema_it_was_published_with(StoreKind kind)
    {
        await using var store = await stores.CreateAsync(kind);
        await store.PublishWithSupergraphAsync(TestPublications.Product(Orders.ToString(), subgraph: "orders"), 0, "first", 0, None);
        var second = TestPublications.Product(Orders.ToString(), "1.1.0", subgraph: "orders");
        await store.PublishWithSupergraphAsync(second with { Subgraph = second.Subgraph! with { Sdl = "type Query { a: Int b: Int }" } }, 1, "second", 1, None);
        await store.PublishAsync(TestPublications.Product(Orders.ToString(), "1.2.0"), 2, None);

        Assert.Equal("type Query { a: Int }", await store.GetVersionSubgraphSdlAsync(Orders, new SemanticVersion(1, 0, 0), None));
        Assert.Equal("type Query { a: Int b: Int }", await store.GetVersionSubgraphSdlAsync(Orders, new SemanticVersion(1, 1, 0), None));
        Assert.Null(await store.GetVersionSubgraphSdlAsync(Orders, new SemanticVersion(1, 2, 0), None));
        Assert.Null(await store.GetVersionSubgraphSdlAsync(Orders, new SemanticVersion(9, 0, 0), None));
    }

    [Theory]
    [BothStores]
    public async Task A_stale_supergraph_version_is_a_conflict_and_stores_no_product(StoreKind kind)
    {
        await using var store = await stores.CreateAsync(kind);
        await store.PublishWithSupergraphAsync(TestPublications.Product("urn:dp:sales:returns", subgraph: "returns"), 0, "first", 0, None);

        await Assert.ThrowsAsync<CatalogConflictException>(
            () => store.PublishWithSupergraphAsync(TestPublications.Product(Orders.ToString(), subgraph: "orders"), 0, Supergraph, 0, None));

        Assert.Null(await store.GetProductAsync(Orders, None));
        Assert.Null(await store.GetSubgraphAsync("orders", None));
        Assert.Equal(1, await store.GetLatestSupergraphVersionAsync(None));
    }

    [Theory]
    [BothStores]
    public async Task A_stale_product_revision_is_a_conflict_and_stores_no_supergraph(StoreKind kind)
    {
        await using var store = await stores.CreateAsync(kind);
        await store.PublishWithSupergraphAsync(TestPublications.Product(Orders.ToString(), subgraph: "orders"), 0, "first", 0, None);

        await Assert.ThrowsAsync<CatalogConflictException>(
            () => store.PublishWithSupergraphAsync(TestPublications.Product(Orders.ToString(), "1.1.0", subgraph: "orders"), 0, "second", 1, None));

        Assert.Equal((new SemanticVersion(1, 0, 0), 1L), ((await store.GetProductAsync(Orders, None))!.CurrentVersion, await store.GetLatestSupergraphVersionAsync(None)));
    }

    [Theory]
    [BothStores]
    public async Task A_write_stopped_after_the_product_stores_neither_product_nor_supergraph(StoreKind kind)
    {
        await using var store = await stores.CreateAsync(kind);
        store.AfterStep = (step, _) => step == "outbox" ? throw new IOException("the process died") : Task.CompletedTask;

        await Assert.ThrowsAsync<IOException>(
            () => store.PublishWithSupergraphAsync(TestPublications.Product(Orders.ToString(), subgraph: "orders"), 0, Supergraph, 0, None));
        store.AfterStep = null;

        Assert.Null(await store.GetProductAsync(Orders, None));
        Assert.Empty(await store.ListSubgraphsAsync(None));
        Assert.Equal(0, await store.GetLatestSupergraphVersionAsync(None));
        Assert.Empty(await store.ReadOutboxAsync(10, None));
    }

    [Theory]
    [BothStores]
    public async Task Retiring_a_deprecated_product_retires_its_subgraph_with_the_supergraph_without_it(StoreKind kind)
    {
        await using var store = await stores.CreateAsync(kind);
        await store.PublishWithSupergraphAsync(TestPublications.Product(Orders.ToString(), subgraph: "orders"), 0, Supergraph, 0, None);
        await store.ChangeLifecycleAsync(
            new LifecycleChange(Orders, LifecycleStatus.Deprecated, new Deprecation(new DateOnly(2999, 1, 1), null, "replaced"), "ana"), 1, None);

        var receipt = await store.ChangeLifecycleWithSupergraphAsync(new LifecycleChange(Orders, LifecycleStatus.Retired, null, "ana"), 2, "without orders", 1, None);

        Assert.Equal((3L, 2L), (receipt.Product.Revision, receipt.Supergraph.Version));
        Assert.Equal(LifecycleStatus.Retired, (await store.GetProductAsync(Orders, None))!.Status);
        Assert.Equal(SubgraphStatus.Retired, (await store.GetSubgraphAsync("orders", None))!.Status);
        Assert.Equal("without orders", (await store.GetLatestSupergraphAsync(None))!.Sdl);
        Assert.Equal([ChangeKind.Published, ChangeKind.Deprecated, ChangeKind.Retired], (await store.ListHistoryAsync(Orders, None)).Select(change => change.Kind));
    }

    [Theory]
    [BothStores]
    public async Task A_refused_retirement_stores_no_supergraph(StoreKind kind)
    {
        await using var store = await stores.CreateAsync(kind);
        await store.PublishWithSupergraphAsync(TestPublications.Product(Orders.ToString(), subgraph: "orders"), 0, Supergraph, 0, None);

        var refused = await Assert.ThrowsAsync<CatalogRejectedException>(
            () => store.ChangeLifecycleWithSupergraphAsync(new LifecycleChange(Orders, LifecycleStatus.Retired, null, "ana"), 1, "without orders", 1, None));

        Assert.Contains("must be deprecated", refused.Message);
        Assert.Equal(1, await store.GetLatestSupergraphVersionAsync(None));
    }
}
