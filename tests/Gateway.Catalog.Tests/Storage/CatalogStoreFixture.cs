using Gateway.Catalog.Storage;
using Gateway.Catalog.Storage.Postgres;
using Gateway.Catalog.Storage.Sqlite;
using Npgsql;

namespace Gateway.Catalog.Tests.Storage;

/// <summary>
/// One PostgreSQL cluster for all storage tests; each test gets a fresh store: a new SQLite file in a
/// temporary folder, or a new database in the cluster.
/// </summary>
public sealed class CatalogStoreFixture : IAsyncLifetime
{
    private const string Template = "catalog_template";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"catalog-tests-{Guid.NewGuid():N}");
    private PostgresCluster? _cluster;
    private int _databases;

    public PostgresCluster Cluster => _cluster ?? throw new InvalidOperationException("The cluster has not started.");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        _cluster = await PostgresCluster.StartAsync();

        // Migrated once into a template; each test's database is a copy of it (CREATE DATABASE ... TEMPLATE),
        // which is much faster than migrating each. A template must have no open connections when copied.
        var template = await PostgresCatalogStore.OpenAsync(await Cluster.CreateDatabaseAsync(Template), CancellationToken.None);
        await template.DisposeAsync();

        NpgsqlConnection.ClearAllPools();
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }

        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    /// <summary>A new, migrated, empty store; <paramref name="clock"/> fixes its time when given.</summary>
    public async Task<SqlCatalogStore> CreateAsync(StoreKind kind, TimeProvider? clock = null) =>
        kind == StoreKind.Sqlite
            ? await SqliteCatalogStore.OpenAsync(NewSqlitePath(), CancellationToken.None, clock)
            : await PostgresCatalogStore.OpenAsync(await NewDatabaseAsync(Template), CancellationToken.None, clock);

    /// <summary>Where a new, never migrated store of the kind would live: a file path, or a connection string to an empty database.</summary>
    public async Task<string> NewLocationAsync(StoreKind kind) =>
        kind == StoreKind.Sqlite ? NewSqlitePath() : await NewDatabaseAsync("template0");

    public static async Task<SqlCatalogStore> OpenAsync(StoreKind kind, string location) =>
        kind == StoreKind.Sqlite
            ? await SqliteCatalogStore.OpenAsync(location, CancellationToken.None)
            : await PostgresCatalogStore.OpenAsync(location, CancellationToken.None);

    private string NewSqlitePath() => Path.Combine(_folder, $"catalog-{Interlocked.Increment(ref _databases)}.db");

    private Task<string> NewDatabaseAsync(string template) =>
        Cluster.CreateDatabaseAsync($"catalog_{Interlocked.Increment(ref _databases)}", template);
}
