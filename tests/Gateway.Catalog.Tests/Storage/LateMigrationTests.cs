using Gateway.Catalog.Documents.Profile;
using Gateway.Catalog.Model;
using Gateway.Catalog.Storage;

namespace Gateway.Catalog.Tests.Storage;

/// <summary>Migrations released out of order (7 after 8, from parallel work) still reach stores migrated past them.</summary>
[Collection(CatalogStoreCollection.Name)]
public sealed class LateMigrationTests(CatalogStoreFixture stores)
{
    [Theory]
    [BothStores]
    public async Task A_store_migrated_past_a_migration_it_lacks_gets_it(StoreKind kind)
    {
        var location = await stores.NewLocationAsync(kind);
        await using (var store = await CatalogStoreFixture.OpenAsync(kind, location))
        {
            // As a store migrated by a build that had migration 8 but not 7 (the usage table) looks.
            await ExecuteAsync(kind, location, "DROP TABLE product_usage; DELETE FROM schema_migrations WHERE version = 7");
        }

        await using var migrated = await CatalogStoreFixture.OpenAsync(kind, location);
        var latency = new long[LatencyHistogram.BucketCount];
        var at = new DateTimeOffset(2026, 11, 21, 9, 0, 0, TimeSpan.Zero);
        await migrated.RecordUsageAsync([new ProductUsageIncrement(ProductUrn.Parse("urn:dp:sales:orders"), at, 1, 1, 0, latency)], CancellationToken.None);

        Assert.Equal(CatalogMigrations.All.Max(migration => migration.Version), await migrated.MigrateAsync(CancellationToken.None));
        Assert.Single(await migrated.ReadUsageAsync(ProductUrn.Parse("urn:dp:sales:orders"), UsageResolution.Hour, at, at.AddHours(1), CancellationToken.None));
    }

    private static async Task ExecuteAsync(StoreKind kind, string location, string sql)
    {
        System.Data.Common.DbConnection connection = kind == StoreKind.Sqlite
            ? new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={location}")
            : new Npgsql.NpgsqlConnection(location);
        await using (connection)
        {
            await connection.OpenAsync();
            foreach (var statement in sql.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                await using var command = connection.CreateCommand();
                command.CommandText = statement;
                await command.ExecuteNonQueryAsync();
            }
        }
    }
}
