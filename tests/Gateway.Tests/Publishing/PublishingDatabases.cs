using Gateway.Catalog.Tests.Storage;
using Npgsql;

namespace Gateway.Tests.Publishing;

/// <summary>One throwaway PostgreSQL cluster for a test class, and a fresh database in it for each test that asks.</summary>
public sealed class PublishingDatabases : IAsyncLifetime
{
    private PostgresCluster? _cluster;
    private int _databases;

    public async Task InitializeAsync() => _cluster = await PostgresCluster.StartAsync();

    /// <summary>The connection string of a new, empty database.</summary>
    public async Task<string> CreateAsync()
    {
        var cluster = _cluster ?? throw new InvalidOperationException("The cluster has not started.");
        var name = $"publishing_{Interlocked.Increment(ref _databases)}";
        await using var connection = new NpgsqlConnection(cluster.ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await create.ExecuteNonQueryAsync();
        return cluster.ConnectionString(name);
    }

    /// <summary>A rig over SQLite (<paramref name="store"/> <c>sqlite</c>) or a new PostgreSQL database (<c>postgres</c>).</summary>
    /// <param name="store"><c>sqlite</c> or <c>postgres</c>.</param>
    /// <param name="usage">Counts the gateway's operations and fetches per subgraph; nothing is counted when null.</param>
    public async Task<PublishingRig> StartRigAsync(string store, global::Gateway.Usage.ProductUsageMeter? usage = null) =>
        await PublishingRig.StartAsync(store == "postgres" ? await CreateAsync() : null, usage);

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }
    }
}
