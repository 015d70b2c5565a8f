using Gateway.Catalog.Storage;
using Gateway.Catalog.Storage.Postgres;
using Gateway.Catalog.Storage.Sqlite;

namespace Gateway.Catalog.Tests.Storage;

[Collection(CatalogStoreCollection.Name)]
public sealed class CatalogStoresTests(CatalogStoreFixture stores)
{
    [Fact]
    public async Task Without_a_connection_string_the_catalog_is_a_sqlite_file_under_the_data_directory()
    {
        var directory = Directory.CreateTempSubdirectory("catalog-data-");
        try
        {
            await using (var store = await CatalogStores.OpenAsync(new CatalogStoreSettings { DataDirectory = Path.Combine(directory.FullName, "data") }, CancellationToken.None))
            {
                Assert.IsType<SqliteCatalogStore>(store);
            }

            Assert.True(File.Exists(Path.Combine(directory.FullName, "data", "catalog.db")));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_connection_string_selects_postgresql()
    {
        var connectionString = await stores.NewLocationAsync(StoreKind.Postgres);

        await using var store = await CatalogStores.OpenAsync(new CatalogStoreSettings { PostgresConnectionString = connectionString }, CancellationToken.None);

        Assert.IsType<PostgresCatalogStore>(store);
        Assert.Equal(CatalogMigrations.All[^1].Version, await store.MigrateAsync(CancellationToken.None));
    }
}
