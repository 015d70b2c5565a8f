using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Gateway.Catalog.Documents.Profile;
using Gateway.Catalog.Model;

namespace Gateway.Catalog.Storage;

/// <summary>
/// The catalog over ADO.NET, written once for both stores: the SQL is the subset SQLite 3.35 and
/// PostgreSQL 15 share (upserts, <c>RETURNING</c>, row-value comparisons, recursive CTEs), and each store
/// supplies only connections, its write transaction, column types and how it reports a unique violation.
/// Text columns sort byte-wise on both (PostgreSQL columns are <c>COLLATE "C"</c>), so listings and
/// cursors agree across stores.
/// </summary>
public abstract partial class SqlCatalogStore : ICatalogStore
{
    private const string TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    private readonly TimeProvider _clock;

    protected SqlCatalogStore(TimeProvider? clock)
    {
        _clock = clock ?? TimeProvider.System;
    }

    /// <summary>Called after each step of a write, inside its transaction: lets tests stop a publish half way.</summary>
    internal Func<string, CancellationToken, Task>? AfterStep { get; set; }

    /// <summary>The store's name in messages: <c>SQLite</c>, <c>PostgreSQL</c>.</summary>
    public abstract string ProviderName { get; }

    protected abstract ValueTask<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken);

    /// <summary>A transaction that will write: SQLite takes the write lock at once (<c>BEGIN IMMEDIATE</c>) so writers queue rather than deadlock.</summary>
    protected abstract ValueTask<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>A read-only transaction that sees one consistent state of the catalog (for a backup).</summary>
    protected abstract ValueTask<DbTransaction> BeginSnapshotAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>The clause that locks the rows a write transaction reads (<c>FOR UPDATE</c>), empty where the transaction already holds the lock.</summary>
    protected abstract string ForUpdate { get; }

    protected abstract bool IsUniqueViolation(DbException error);

    /// <summary>The store's spelling of a column type token of <see cref="Migration.Ddl"/>.</summary>
    protected abstract string ColumnType(string token);

    /// <summary>How many rows a restore inserts with one statement.</summary>
    protected abstract int RestoreRowsPerStatement { get; }

    /// <summary>The part of a migration only this store runs (<see cref="Migration.SqliteDdl"/> or <see cref="Migration.PostgresDdl"/>).</summary>
    private protected abstract string? StoreSpecificDdl(Migration migration);

    /// <summary>Serialises concurrent migrations (several gateway replicas starting at once).</summary>
    protected abstract Task LockMigrationsAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken);

    public abstract ValueTask DisposeAsync();

    public async Task<int> MigrateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var transaction = await BeginWriteAsync(connection, cancellationToken);
        await LockMigrationsAsync(connection, transaction, cancellationToken);
        await SqlCommands.ExecuteAsync(connection, transaction, $"""
            CREATE TABLE IF NOT EXISTS schema_migrations (
                version {ColumnType("INT")} PRIMARY KEY,
                name {ColumnType("TEXT")} NOT NULL,
                applied_at {ColumnType("TEXT")} NOT NULL)
            """, cancellationToken);

        // Each migration not recorded yet is applied, not only those above the highest recorded: migrations written on
        // parallel branches can be released out of order (7 after 8), and a store already at 8 must still get 7.
        var applied = new HashSet<long>();
        await using (var command = SqlCommands.Create(connection, transaction, "SELECT version FROM schema_migrations"))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                applied.Add(Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture));
            }
        }

        var version = applied.Count == 0 ? 0 : (int)applied.Max();
        foreach (var migration in CatalogMigrations.All)
        {
            if (applied.Contains(migration.Version))
            {
                continue;
            }

            var ddl = (migration.Ddl + ";" + StoreSpecificDdl(migration))
                .Replace("{TEXT}", ColumnType("TEXT"), StringComparison.Ordinal)
                .Replace("{INT}", ColumnType("INT"), StringComparison.Ordinal)
                .Replace("{REAL}", ColumnType("REAL"), StringComparison.Ordinal)
                .Replace("{ID}", ColumnType("ID"), StringComparison.Ordinal);
            foreach (var statement in ddl.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                await SqlCommands.ExecuteAsync(connection, transaction, statement, cancellationToken);
            }

            await SqlCommands.ExecuteAsync(connection, transaction,
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@version, @name, @at)", cancellationToken,
                ("@version", (long)migration.Version), ("@name", migration.Name), ("@at", Timestamp(_clock.GetUtcNow())));
            version = Math.Max(version, migration.Version);
        }

        await transaction.CommitAsync(cancellationToken);
        return version;
    }

    private DateTimeOffset Now() => _clock.GetUtcNow();

    private static string Timestamp(DateTimeOffset value) => value.UtcDateTime.ToString(TimestampFormat, CultureInfo.InvariantCulture);

    private static DateTimeOffset ParseTimestamp(string text) =>
        DateTimeOffset.ParseExact(text, TimestampFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    private static string ClassificationName(DataClassification classification) => classification switch
    {
        DataClassification.Raw => "raw",
        DataClassification.Clean => "clean",
        _ => "aggregated",
    };

    private static DataClassification ParseClassification(string text) => text switch
    {
        "raw" => DataClassification.Raw,
        "clean" => DataClassification.Clean,
        _ => DataClassification.Aggregated,
    };

    private static string? NullableString(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static string JsonList(IReadOnlyList<string> values) => JsonSerializer.Serialize(values, CatalogJsonContext.Default.IReadOnlyListString);

    private static IReadOnlyList<string> ParseJsonList(string json) =>
        JsonSerializer.Deserialize(json, CatalogJsonContext.Default.IReadOnlyListString) ?? [];

    /// <summary>Runs a query on its own connection and reads every row with <paramref name="read"/>.</summary>
    private async Task<IReadOnlyList<T>> QueryAsync<T>(
        string sql, Func<DbDataReader, T> read, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var command = SqlCommands.Create(connection, null, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    private async Task StepAsync(string step, CancellationToken cancellationToken)
    {
        if (AfterStep is { } observer)
        {
            await observer(step, cancellationToken);
        }
    }
}
