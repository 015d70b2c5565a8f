using Gateway.Catalog.Storage.Postgres;
using Gateway.Catalog.Storage.Sqlite;
using Gateway.Catalog.Tests.Storage;
using Gateway.Search.Postgres;
using Gateway.Search.Sqlite;
using Npgsql;

namespace Gateway.Search.Tests.Embedded;

/// <summary>
/// One PostgreSQL cluster for all index tests; each test gets a fresh catalog with its index: a new SQLite file in a
/// temporary folder, or a new database copied from a migrated template (pg_trgm installed in it).
/// </summary>
public sealed class SearchIndexFixture : IAsyncLifetime
{
    private const string Template = "search_template";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"search-tests-{Guid.NewGuid():N}");
    private PostgresCluster? _cluster;
    private int _databases;

    public PostgresCluster Cluster => _cluster ?? throw new InvalidOperationException("The cluster has not started.");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        _cluster = await PostgresCluster.StartAsync();
        var template = new PostgresSearchIndex(await Cluster.CreateDatabaseAsync(Template));
        await template.InitializeAsync(CancellationToken.None);
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

    public async Task<IndexUnderTest> CreateAsync(IndexKind kind)
    {
        if (kind == IndexKind.Sqlite)
        {
            var path = Path.Combine(_folder, $"catalog-{Interlocked.Increment(ref _databases)}.db");
            var store = await SqliteCatalogStore.OpenAsync(path, CancellationToken.None);
            var index = new SqliteSearchIndex(path);
            await index.InitializeAsync(CancellationToken.None);
            return new IndexUnderTest(store, index, path);
        }

        var connectionString = await Cluster.CreateDatabaseAsync($"search_{Interlocked.Increment(ref _databases)}", Template);
        var postgres = await PostgresCatalogStore.OpenAsync(connectionString, CancellationToken.None);
        var postgresIndex = new PostgresSearchIndex(connectionString);
        await postgresIndex.InitializeAsync(CancellationToken.None);
        return new IndexUnderTest(postgres, postgresIndex, connectionString);
    }
}
