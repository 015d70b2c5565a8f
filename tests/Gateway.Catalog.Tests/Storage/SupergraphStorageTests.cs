using Gateway.Catalog.Documents.Profile;
using Gateway.Catalog.Model;
using Gateway.Catalog.Storage;

namespace Gateway.Catalog.Tests.Storage;

[Collection(CatalogStoreCollection.Name)]
public sealed class SupergraphStorageTests(CatalogStoreFixture stores)
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Theory]
    [BothStores]
    public async Task Each_subgraph_change_stores_the_next_supergraph_version(StoreKind kind)
    {
        await using var store = await stores.CreateAsync(kind);

        var first = await store.SaveSubgraphAsync(Registration("products"), "supergraph 1", 0, None);
        var second = await store.SaveSubgraphAsync(Registration("reviews"), "supergraph 2", 1, None);
        var third = await store.RemoveSubgraphAsync("reviews", "supergraph 3", 2, None);

        Assert.Equal((1L, 2L, 3L), (first.Version, second.Version, third.Version));
        Assert.Equal(3, await store.GetLatestSupergraphVersionAsync(None));
        var latest = (await store.GetLatestSupergraphAsync(None))!;
        Assert.Equal((3L, "supergraph 3", "remove reviews"), (latest.Version, latest.Sdl, latest.Change));
        Assert.Equal(["products"], (await store.ListSubgraphsAsync(None)).Select(subgraph => subgraph.Name));
    }

    [Theory]
    [BothStores]
    public async Task An_empty_store_has_no_supergraph(StoreKind kind)
    {
        await using var store = await stores.CreateAsync(kind);

        Assert.Null(await store.GetLatestSupergraphAsync(None));
        Assert.Equal(0, await store.GetLatestSupergraphVersionAsync(None));
    }

    [Theory]
    [BothStores]
    public async Task Changing_a_subgraph_replaces_its_registration(StoreKind kind)
    {
        await using var store = await stores.CreateAsync(kind);
        await store.SaveSubgraphAsync(Registration("products"), "supergraph 1", 0, None);

        await store.SaveSubgraphAsync(Registration("products", "type Query { b: Int }", SubgraphStatus.Deprecated), "supergraph 2", 1, None);

        var stored = (await store.GetSubgraphAsync("products", None))!;
        Assert.Equal(("type Query { b: Int }", SubgraphStatus.Deprecated, new SemanticVersion(1, 0, 0)), (stored.Sdl, stored.Status, stored.Version));
    }

    [Theory]
    [BothStores]
    public async Task A_change_that_read_a_stale_version_stores_nothing(StoreKind kind)
    {
        await using var store = await stores.CreateAsync(kind);
        await store.SaveSubgraphAsync(Registration("products"), "supergraph 1", 0, None);
        await store.SaveSubgraphAsync(Registration("reviews"), "supergraph 2", 1, None);

        var conflict = await Assert.ThrowsAsync<CatalogConflictException>(() => store.SaveSubgraphAsync(Registration("inventory"), "stale", 1, None));

        Assert.Contains("version 2, the change expected 1", conflict.Message);
        Assert.Null(await store.GetSubgraphAsync("inventory", None));
        Assert.Equal("supergraph 2", (await store.GetLatestSupergraphAsync(None))!.Sdl);
    }

    [Theory]
    [BothStores]
    public async Task Removing_an_unknown_subgraph_is_rejected_and_stores_nothing(StoreKind kind)
    {
        await using var store = await stores.CreateAsync(kind);
        await store.SaveSubgraphAsync(Registration("products"), "supergraph 1", 0, None);

        var rejected = await Assert.ThrowsAsync<CatalogRejectedException>(() => store.RemoveSubgraphAsync("reviews", "supergraph 2", 1, None));

        Assert.Equal("No subgraph is registered as 'reviews'; 'gateway subgraph list' shows the registered names.", rejected.Message);
        Assert.Equal(1, await store.GetLatestSupergraphVersionAsync(None));
    }

    [Theory]
    [BothStores]
    public async Task A_subgraph_name_of_another_product_is_rejected(StoreKind kind)
    {
        await using var store = await stores.CreateAsync(kind);
        await store.PublishAsync(TestPublications.Product("urn:dp:sales:orders", subgraph: "orders"), 0, None);

        var rejected = await Assert.ThrowsAsync<CatalogRejectedException>(() => store.SaveSubgraphAsync(Registration("orders") with { Product = new ProductUrn("crm", "orders") }, "supergraph 1", 0, None));

        Assert.Contains("registered by urn:dp:sales:orders", rejected.Message);
        Assert.Equal(0, await store.GetLatestSupergraphVersionAsync(None));
    }

    [Theory]
    [BothStores]
    public async Task Of_concurrent_changes_from_one_version_exactly_one_is_stored(StoreKind kind)
    {
        var location = await stores.NewLocationAsync(kind);
        var replicas = new List<SqlCatalogStore>();
        for (var i = 0; i < 4; i++)
        {
            replicas.Add(await CatalogStoreFixture.OpenAsync(kind, location));
        }

        var writes = replicas.Select((replica, i) => Outcome(replica.SaveSubgraphAsync(Registration($"subgraph-{i}"), $"supergraph from {i}", 0, None))).ToList();
        var outcomes = await Task.WhenAll(writes);

        Assert.Equal(1, outcomes.Count(stored => stored));
        Assert.Single(await replicas[0].ListSubgraphsAsync(None));
        Assert.Equal(1, await replicas[0].GetLatestSupergraphVersionAsync(None));
        foreach (var replica in replicas)
        {
            await replica.DisposeAsync();
        }
    }

    [Theory]
    [BothStores]
    public async Task Each_stored_supergraph_leaves_an_outbox_event(StoreKind kind)
    {
        await using var store = await stores.CreateAsync(kind);

        await store.SaveSubgraphAsync(Registration("products"), "supergraph 1", 0, None);

        var published = Assert.Single(await store.ReadOutboxAsync(10, None));
        Assert.Equal(("supergraph.published", "1", "register products"), (published.Kind, published.Subject, published.Payload));
    }

    private static async Task<bool> Outcome(Task<StoredSupergraph> write)
    {
        try
        {
            await write;
            return true;
        }
        catch (CatalogConflictException)
        {
            return false;
        }
    }

    private static SubgraphRegistration Registration(string name, string sdl = "type Query { a: Int }", SubgraphStatus status = SubgraphStatus.Active) =>
        new(name, new Uri($"http://127.0.0.1:4999/{name}"), sdl, "sales", new ProductUrn("sales", name), new SemanticVersion(1, 0, 0), status, DateTimeOffset.UnixEpoch);
}
