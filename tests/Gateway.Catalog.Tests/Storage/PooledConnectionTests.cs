using Microsoft.Data.Sqlite;

namespace Gateway.Catalog.Tests.Storage;

[Collection(CatalogStoreCollection.Name)]
public sealed class PooledConnectionTests(CatalogStoreFixture stores)
{
    [Fact]
    public async Task A_pooled_sqlite_connection_left_inside_a_transaction_is_rolled_back_before_the_store_writes()
    {
        var location = await stores.NewLocationAsync(StoreKind.Sqlite);
        await using var store = await CatalogStoreFixture.OpenAsync(StoreKind.Sqlite, location);
        var path = location;
        Assert.True(File.Exists(path), path);

        // The store's own connection string, so this connection returns to the pool the store draws from, still inside
        // the transaction it began (a raw BEGIN the pool knows nothing about).
        SqliteConnection.ClearAllPools();
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        await using (var leaked = new SqliteConnection(connectionString))
        {
            await leaked.OpenAsync();
            await using var begin = leaked.CreateCommand();
            begin.CommandText = "BEGIN IMMEDIATE; INSERT INTO domains (name, parent, description) VALUES ('left-behind', NULL, NULL)";
            await begin.ExecuteNonQueryAsync();
        }

        var receipt = await store.PublishAsync(TestPublications.Product("urn:dp:sales:orders"), 0, CancellationToken.None);

        Assert.True(receipt.Revision > 0);
        Assert.NotNull(await store.GetProductAsync(Gateway.Catalog.Documents.Profile.ProductUrn.Parse("urn:dp:sales:orders"), CancellationToken.None));
        await using var check = new SqliteConnection($"Data Source={path};Pooling=False");
        await check.OpenAsync();
        await using var count = check.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM domains WHERE name = 'left-behind'";
        Assert.Equal(0L, (long)(await count.ExecuteScalarAsync())!);
    }
}
