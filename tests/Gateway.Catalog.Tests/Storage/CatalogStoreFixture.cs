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
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"catalog-tests-{Guid.NewGuid():N}");
    private PostgresCluster? _cluster;
    private int _databases;

    public PostgresCluster Cluster => _cluster ?? throw new InvalidOperationException("The cluster has not started.");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        _cluster = await PostgresCluster.StartAsync();
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
            : await PostgresCatalogStore.OpenAsync(await NewDatabaseAsync(), CancellationToken.None, clock);

    /// <summary>Where a new store of the kind would live: a file path, or a connection string to a new database.</summary>
    public async Task<string> NewLocationAsync(StoreKind kind) =>
        kind == StoreKind.Sqlite ? NewSqlitePath() : await NewDatabaseAsync();

    public static async Task<SqlCatalogStore> OpenAsync(StoreKind kind, string location) =>
        kind == StoreKind.Sqlite
            ? await SqliteCatalogStore.OpenAsync(location, CancellationToken.None)
            : await PostgresCatalogStore.OpenAsync(location, CancellationToken.None);

    private string NewSqlitePath() => Path.Combine(_folder, $"catalog-{Interlocked.Increment(ref _databases)}.db");

    private async Task<string> NewDatabaseAsync()
    {
        var name = $"catalog_{Interlocked.Increment(ref _databases)}";
        await using var connection = new NpgsqlConnection(Cluster.ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await command.ExecuteNonQueryAsync();
        return Cluster.ConnectionString(name);
    }
}
