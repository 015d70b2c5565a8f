using System.CommandLine;
using Gateway.Catalog.Storage;
using Gateway.Catalog.Storage.Sqlite;

namespace Gateway.Commands;

/// <summary>
/// The options that choose the catalog store, shared by the catalog and product verbs: the SQLite file
/// under <c>--data-dir</c> (default <c>./data</c>), or PostgreSQL when a connection string is given by
/// <c>--postgres</c> or the <c>GATEWAY_CATALOG_POSTGRES</c> environment variable (which keeps a password
/// out of the process list).
/// </summary>
public sealed class CatalogStoreOptions
{
    public const string PostgresVariable = "GATEWAY_CATALOG_POSTGRES";

    public Option<DirectoryInfo?> DataDirectory { get; } = new("--data-dir")
    {
        Description = "The data directory holding catalog.db (default ./data).",
    };

    public Option<string?> Postgres { get; } = new("--postgres")
    {
        Description = $"A PostgreSQL connection string; selects PostgreSQL (or set {PostgresVariable}).",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(DataDirectory);
        command.Options.Add(Postgres);
    }

    public CatalogStoreSettings Settings(ParseResult parseResult) => new()
    {
        DataDirectory = parseResult.GetValue(DataDirectory)?.FullName ?? "data",
        PostgresConnectionString = parseResult.GetValue(Postgres) ?? Environment.GetEnvironmentVariable(PostgresVariable),
    };

    /// <summary>Opens the store; an absent SQLite catalog is unusable input unless <paramref name="create"/>.</summary>
    public static async Task<ICatalogStore> OpenAsync(CatalogStoreSettings settings, bool create, CancellationToken cancellationToken)
    {
        var sqliteFile = Path.Combine(settings.DataDirectory, SqliteCatalogStore.FileName);
        if (string.IsNullOrWhiteSpace(settings.PostgresConnectionString) && !create && !File.Exists(sqliteFile))
        {
            throw new UnusableInputException($"There is no catalog at {Path.GetFullPath(sqliteFile)}; give --data-dir or --postgres.");
        }

        try
        {
            return await CatalogStores.OpenAsync(settings, cancellationToken);
        }
        catch (Exception error) when (error is System.Data.Common.DbException or IOException or UnauthorizedAccessException or ArgumentException)
        {
            throw new UnusableInputException($"Cannot open the catalog: {error.Message}");
        }
    }
}
