using Gateway.Catalog.Storage.Postgres;
using Gateway.Catalog.Storage.Sqlite;

namespace Gateway.Catalog.Storage;

/// <summary>Opens the store the settings choose, migrated and ready.</summary>
public static class CatalogStores
{
    public static async Task<ICatalogStore> OpenAsync(CatalogStoreSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (!string.IsNullOrWhiteSpace(settings.PostgresConnectionString))
        {
            return await PostgresCatalogStore.OpenAsync(settings.PostgresConnectionString, cancellationToken);
        }

        return await SqliteCatalogStore.OpenAsync(Path.Combine(settings.DataDirectory, SqliteCatalogStore.FileName), cancellationToken);
    }
}
