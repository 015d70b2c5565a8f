using Gateway.Catalog.Storage;
using Gateway.Catalog.Storage.Sqlite;
using Gateway.Search.Embedded;
using Gateway.Search.Postgres;
using Gateway.Search.Sqlite;

namespace Gateway.Search;

/// <summary>The embedded index beside the catalog the settings choose: FTS5 in <c>catalog.db</c>, or full-text in the PostgreSQL catalog's database.</summary>
public static class EmbeddedSearchIndexes
{
    /// <summary>The index, initialised (its tables made when missing).</summary>
    public static async Task<EmbeddedSearchIndex> OpenAsync(CatalogStoreSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        EmbeddedSearchIndex index = string.IsNullOrWhiteSpace(settings.PostgresConnectionString)
            ? new SqliteSearchIndex(Path.Combine(settings.DataDirectory, SqliteCatalogStore.FileName))
            : new PostgresSearchIndex(settings.PostgresConnectionString);
        try
        {
            await index.InitializeAsync(cancellationToken);
            return index;
        }
        catch
        {
            await index.DisposeAsync();
            throw;
        }
    }
}
