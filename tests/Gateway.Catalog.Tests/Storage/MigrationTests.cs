namespace Gateway.Catalog.Tests.Storage;

[Collection(CatalogStoreCollection.Name)]
public sealed class MigrationTests(CatalogStoreFixture stores)
{
    [Theory]
    [BothStores]
    public async Task Migrating_again_changes_nothing(StoreKind kind)
    {
        var location = await stores.NewLocationAsync(kind);
        await using (var first = await CatalogStoreFixture.OpenAsync(kind, location))
        {
            await first.PublishAsync(TestPublications.Product("urn:dp:sales:orders"), 0, CancellationToken.None);
        }

        await using var second = await CatalogStoreFixture.OpenAsync(kind, location);
        var version = await second.MigrateAsync(CancellationToken.None);
        var again = await second.MigrateAsync(CancellationToken.None);

        Assert.Equal(Gateway.Catalog.Storage.CatalogMigrations.All[^1].Version, version);
        Assert.Equal(Gateway.Catalog.Storage.CatalogMigrations.All[^1].Version, again);
        Assert.NotNull(await second.GetProductAsync(Gateway.Catalog.Documents.Profile.ProductUrn.Parse("urn:dp:sales:orders"), CancellationToken.None));
    }

    [Theory]
    [BothStores]
    public async Task Concurrent_migrations_of_one_store_all_succeed(StoreKind kind)
    {
        var location = await stores.NewLocationAsync(kind);
        var opens = new List<Task<Gateway.Catalog.Storage.SqlCatalogStore>>();
        for (var i = 0; i < 5; i++)
        {
            opens.Add(CatalogStoreFixture.OpenAsync(kind, location));
        }

        var opened = await Task.WhenAll(opens);
        foreach (var store in opened)
        {
            Assert.Equal(Gateway.Catalog.Storage.CatalogMigrations.All[^1].Version, await store.MigrateAsync(CancellationToken.None));
            await store.DisposeAsync();
        }
    }
}
