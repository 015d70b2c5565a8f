using Gateway.Catalog.Documents.Profile;
using Gateway.Catalog.Model;
using Gateway.Catalog.Storage;

namespace Gateway.Catalog.Tests.Storage;

[Collection(CatalogStoreCollection.Name)]
public sealed class PublishingTests(CatalogStoreFixture stores)
{
    private static readonly ProductUrn Orders = ProductUrn.Parse("urn:dp:sales:orders");
    private static readonly CancellationToken None = CancellationToken.None;

    [Theory]
    [BothStores]
    public async Task A_first_publish_stores_the_product_version_subgraph_history_and_an_outbox_event(StoreKind kind)
    {
        await using var store = await stores.CreateAsync(kind);

        var receipt = await store.PublishAsync(TestPublications.Product(Orders.ToString(), tags: ["gold", "orders"], subgraph: "orders"), 0, None);

        Assert.Equal(1, receipt.Revision);
        var product = Assert.IsType<DataProduct>(await store.GetProductAsync(Orders, None));
        Assert.Equal(("sales", "orders", LifecycleStatus.Published, new SemanticVersion(1, 0, 0), 1L),
            (product.Domain, product.Name, product.Status, product.CurrentVersion, product.Revision));
        Assert.Equal(["gold", "orders"], product.Tags);
        var version = Assert.Single(await store.ListVersionsAsync(Orders, None));
        Assert.Equal("descriptor of urn:dp:sales:orders 1.0.0", version.DescriptorDocument);
        var subgraph = Assert.IsType<SubgraphRegistration>(await store.GetSubgraphAsync("orders", None));
        Assert.Equal(("sales", SubgraphStatus.Active, Orders), (subgraph.OwnerDomain, subgraph.Status, subgraph.Product));
        Assert.Equal(ChangeKind.Published, Assert.Single(await store.ListHistoryAsync(Orders, None)).Kind);
        var outbox = Assert.Single(await store.ReadOutboxAsync(10, None));
        Assert.Equal((receipt.OutboxEventId, "product.published", Orders.ToString()), (outbox.Id, outbox.Kind, outbox.Subject));
    }

    [Theory]
    [BothStores]
    public async Task A_new_version_replaces_the_current_state_and_keeps_the_old_version(StoreKind kind)
    {
        await using var store = await stores.CreateAsync(kind);
        await store.PublishAsync(TestPublications.Product(Orders.ToString(), tags: ["a"]), 0, None);

        var receipt = await store.PublishAsync(TestPublications.Product(Orders.ToString(), "1.1.0", tags: ["b"], owner: "tom"), 1, None);

        var product = await store.GetProductAsync(Orders, None);
        Assert.Equal((2L, new SemanticVersion(1, 1, 0), "tom"), (receipt.Revision, product!.CurrentVersion, product.Owner));
        Assert.Equal(["b"], product.Tags);
        Assert.Equal(["1.1.0", "1.0.0"], (await store.ListVersionsAsync(Orders, None)).Select(v => v.Version.ToString()));
        Assert.Equal(2, (await store.ListHistoryAsync(Orders, None)).Count);
    }

    [Theory]
    [BothStores]
    public async Task A_stale_revision_is_a_conflict_and_stores_nothing(StoreKind kind)
    {
        await using var store = await stores.CreateAsync(kind);
        await store.PublishAsync(TestPublications.Product(Orders.ToString()), 0, None);
        await store.PublishAsync(TestPublications.Product(Orders.ToString(), "1.1.0"), 1, None);

        var conflict = await Assert.ThrowsAsync<CatalogConflictException>(
            () => store.PublishAsync(TestPublications.Product(Orders.ToString(), "1.2.0"), 1, None));

        Assert.Contains("its revision is 2, the write expected 1", conflict.Message);
        Assert.Equal(2, (await store.ListVersionsAsync(Orders, None)).Count);
        Assert.Equal(2, (await store.ReadOutboxAsync(10, None)).Count);
    }

    [Theory]
    [BothStores]
    public async Task Twenty_concurrent_publishers_lose_no_update(StoreKind kind)
    {
        await using var store = await stores.CreateAsync(kind);
        await store.PublishAsync(TestPublications.Product(Orders.ToString()), 0, None);

        // Each publisher reads, bumps the version it read, and retries on a conflict, as a pipeline would.
        var conflicts = 0;
        async Task PublishAsync(int publisher)
        {
            while (true)
            {
                var current = (await store.GetProductAsync(Orders, None))!;
                var next = current.CurrentVersion with { Minor = current.CurrentVersion.Minor + 1 };
                try
                {
                    await store.PublishAsync(TestPublications.Product(Orders.ToString(), next.ToString(), actor: $"publisher-{publisher}"), current.Revision, None);
                    return;
                }
                catch (CatalogConflictException)
                {
                    Interlocked.Increment(ref conflicts);
                }
            }
        }

        var publishers = new List<Task>();
        for (var i = 0; i < 20; i++)
        {
            var publisher = i;
            publishers.Add(Task.Run(() => PublishAsync(publisher)));
        }

        await Task.WhenAll(publishers);

        var product = (await store.GetProductAsync(Orders, None))!;
        var versions = await store.ListVersionsAsync(Orders, None);
        Assert.Equal(21, product.Revision);
        Assert.Equal(new SemanticVersion(1, 20, 0), product.CurrentVersion);
        Assert.Equal(21, versions.Count);
        Assert.Equal(20, versions.Select(v => v.PublishedBy).Where(by => by!.StartsWith("publisher-", StringComparison.Ordinal)).Distinct().Count());
        Assert.Equal(21, (await store.ListHistoryAsync(Orders, None)).Count);
        Assert.Equal(21, (await store.ReadOutboxAsync(100, None)).Count);
    }

    [Theory]
    [BothStores]
    public async Task Racing_first_publishes_of_one_product_leave_one_winner(StoreKind kind)
    {
        await using var store = await stores.CreateAsync(kind);

        var attempts = new List<Task<bool>>();
        for (var i = 0; i < 10; i++)
        {
            var version = $"1.0.{i}";
            attempts.Add(Task.Run(async () =>
            {
                try
                {
                    await store.PublishAsync(TestPublications.Product(Orders.ToString(), version), 0, None);
                    return true;
                }
                catch (CatalogConflictException)
                {
                    return false;
                }
            }));
        }

        var outcomes = await Task.WhenAll(attempts);

        Assert.Single(outcomes, won => won);
        Assert.Single(await store.ListVersionsAsync(Orders, None));
        Assert.Equal(1, (await store.GetProductAsync(Orders, None))!.Revision);
    }

    [Theory]
    [BothStores]
    public async Task A_version_not_above_the_current_one_is_rejected(StoreKind kind)
    {
        await using var store = await stores.CreateAsync(kind);
        await store.PublishAsync(TestPublications.Product(Orders.ToString(), "2.0.0"), 0, None);

        var rejected = await Assert.ThrowsAsync<CatalogRejectedException>(
            () => store.PublishAsync(TestPublications.Product(Orders.ToString(), "1.9.0"), 1, None));

        Assert.Equal("urn:dp:sales:orders: version 1.9.0 is not above the current version 2.0.0; publish a higher version.", rejected.Message);
    }

    [Theory]
    [BothStores]
    public async Task A_contract_or_subgraph_of_another_product_is_rejected(StoreKind kind)
    {
        await using var store = await stores.CreateAsync(kind);
        await store.PublishAsync(TestPublications.Product(Orders.ToString(), contractId: "shared", subgraph: "orders"), 0, None);

        var contract = await Assert.ThrowsAsync<CatalogRejectedException>(
            () => store.PublishAsync(TestPublications.Product("urn:dp:sales:returns", contractId: "shared"), 0, None));
        var subgraph = await Assert.ThrowsAsync<CatalogRejectedException>(
            () => store.PublishAsync(TestPublications.Product("urn:dp:sales:returns", subgraph: "orders"), 0, None));

        Assert.Contains("'shared' already belongs to urn:dp:sales:orders", contract.Message);
        Assert.Contains("'orders' is registered by urn:dp:sales:orders", subgraph.Message);
        Assert.Null(await store.GetProductAsync(ProductUrn.Parse("urn:dp:sales:returns"), None));
    }

    [Theory]
    [BothStores]
    public async Task A_publish_stopped_half_way_stores_nothing(StoreKind kind)
    {
        await using var store = await stores.CreateAsync(kind);
        store.AfterStep = (step, _) => step == "subgraph" ? throw new IOException("the process died") : Task.CompletedTask;

        await Assert.ThrowsAsync<IOException>(
            () => store.PublishAsync(TestPublications.Product(Orders.ToString(), tags: ["gold"], subgraph: "orders"), 0, None));
        store.AfterStep = null;

        Assert.Null(await store.GetProductAsync(Orders, None));
        Assert.Empty(await store.ListVersionsAsync(Orders, None));
        Assert.Empty(await store.ListSubgraphsAsync(None));
        Assert.Empty(await store.ReadOutboxAsync(10, None));
        Assert.Empty((await store.ListProductsAsync(new ProductQuery { Tag = "gold" }, None)).Items);
        Assert.Equal(1, (await store.PublishAsync(TestPublications.Product(Orders.ToString(), subgraph: "orders"), 0, None)).Revision);
    }

    [Theory]
    [BothStores]
    public async Task Processed_outbox_events_are_not_read_again(StoreKind kind)
    {
        await using var store = await stores.CreateAsync(kind);
        await store.PublishAsync(TestPublications.Product(Orders.ToString()), 0, None);
        await store.PublishAsync(TestPublications.Product(Orders.ToString(), "1.0.1"), 1, None);
        var first = await store.ReadOutboxAsync(1, None);

        await store.MarkOutboxProcessedAsync([first[0].Id], None);

        var rest = Assert.Single(await store.ReadOutboxAsync(10, None));
        Assert.True(rest.Id > first[0].Id);
        Assert.Contains("\"version\":\"1.0.1\"", rest.Payload);
    }
}
