using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Gateway.Catalog.Storage.Sqlite;

/// <summary>
/// The catalog in one SQLite file: the embedded default. Write-ahead logging lets readers go on while
/// one writer commits; writers take the lock when they begin (<c>BEGIN IMMEDIATE</c>) and wait for each
/// other up to the busy timeout, so they queue rather than fail.
/// </summary>
public sealed class SqliteCatalogStore : SqlCatalogStore
{
    /// <summary>The file's name under the data directory.</summary>
    public const string FileName = "catalog.db";

    private readonly string _connectionString;

    private SqliteCatalogStore(string path, TimeProvider? clock)
        : base(clock)
    {
        Path = path;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    public string Path { get; }

    public override string ProviderName => "SQLite";

    protected override string ForUpdate => "";

    // In process, a statement costs no round trip, and SQLite looks each named parameter up by a linear
    // scan: one row a statement, the statement reused, is fastest.
    protected override int RestoreRowsPerStatement => 1;

    /// <summary>Opens (creating if need be) the catalog file and brings its schema up to date.</summary>
    public static async Task<SqliteCatalogStore> OpenAsync(string path, CancellationToken cancellationToken, TimeProvider? clock = null)
    {
        SQLitePCL.Batteries_V2.Init();
        if (System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path)) is { } directory)
        {
            Directory.CreateDirectory(directory);
        }

        var store = new SqliteCatalogStore(path, clock);
        await using (var connection = await store.OpenConnectionAsync(cancellationToken))
        {
            // Persistent in the file: set once, every later connection uses it.
            await SqlCommands.ExecuteAsync(connection, null, "PRAGMA journal_mode = WAL", cancellationToken);
        }

        await store.MigrateAsync(cancellationToken);
        return store;
    }

    protected override async ValueTask<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);

        // A pooled connection must come back outside any transaction; should one ever return inside one (its previous
        // user's transaction neither committed nor rolled back), it is rolled back here rather than failing this
        // caller's BEGIN with "cannot start a transaction within a transaction" (sqlite3_get_autocommit is 0 only then).
        if (SQLitePCL.raw.sqlite3_get_autocommit(connection.Handle) == 0)
        {
            await SqlCommands.ExecuteAsync(connection, null, "ROLLBACK", cancellationToken);
        }

        await SqlCommands.ExecuteAsync(connection, null, "PRAGMA busy_timeout = 30000", cancellationToken);
        return connection;
    }

    protected override ValueTask<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken) =>
        ValueTask.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: false));

    protected override ValueTask<DbTransaction> BeginSnapshotAsync(DbConnection connection, CancellationToken cancellationToken) =>
        ValueTask.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: true));

    // SQLITE_CONSTRAINT (19): the unique and primary key violations' primary code.
    protected override bool IsUniqueViolation(DbException error) => error is SqliteException { SqliteErrorCode: 19 };

    protected override string ColumnType(string token) => token switch
    {
        "TEXT" => "TEXT",
        "INT" => "INTEGER",
        "REAL" => "REAL",
        _ => "INTEGER PRIMARY KEY AUTOINCREMENT",
    };

    private protected override string? StoreSpecificDdl(Migration migration) => migration.SqliteDdl;

    protected override Task LockMigrationsAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    public override ValueTask DisposeAsync()
    {
        // Pooled connections keep the file open; release them so the file can be moved or deleted.
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
        return ValueTask.CompletedTask;
    }
}
