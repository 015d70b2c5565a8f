using Gateway.Catalog.Storage;
using Gateway.Catalog.Storage.Sqlite;

namespace Gateway.Commands;

/// <summary>
/// The catalog a candidate product version is compared with by the verbs that store nothing (<c>product diff</c>,
/// <c>product publish --dry-run</c>). A SQLite catalog that does not exist yet is the empty catalog a first publish
/// would meet, so every product is new; it is made in a scratch folder that goes with this object, so the verb
/// leaves nothing under <c>--data-dir</c>.
/// </summary>
public sealed class ComparisonCatalog : IAsyncDisposable
{
    private readonly string? _scratchDirectory;

    private ComparisonCatalog(ICatalogStore store, string? scratchDirectory)
    {
        Store = store;
        _scratchDirectory = scratchDirectory;
    }

    public ICatalogStore Store { get; }

    /// <summary>
    /// Opens the catalog <paramref name="settings"/> name, or an empty one when its SQLite file does not exist (saying
    /// so on <paramref name="notes"/>); PostgreSQL is opened as it is.
    /// </summary>
    public static async Task<ComparisonCatalog> OpenAsync(CatalogStoreSettings settings, TextWriter notes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(notes);
        var sqliteFile = Path.Combine(settings.DataDirectory, SqliteCatalogStore.FileName);
        if (!string.IsNullOrWhiteSpace(settings.PostgresConnectionString) || File.Exists(sqliteFile))
        {
            return new ComparisonCatalog(await CatalogStoreOptions.OpenAsync(settings, create: false, cancellationToken), null);
        }

        await notes.WriteLineAsync($"There is no catalog at {Path.GetFullPath(sqliteFile)} yet: comparing with an empty catalog, where every product is new.");
        var scratch = Directory.CreateTempSubdirectory("gateway-empty-catalog-").FullName;
        try
        {
            var store = await CatalogStoreOptions.OpenAsync(settings with { DataDirectory = scratch }, create: true, cancellationToken);
            return new ComparisonCatalog(store, scratch);
        }
        catch
        {
            Directory.Delete(scratch, recursive: true);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        if (_scratchDirectory is not null)
        {
            Directory.Delete(_scratchDirectory, recursive: true);
        }
    }
}
