using System.Data.Common;
using System.Globalization;
using System.Text.Json;

namespace Gateway.Catalog.Storage;

/// <summary>Backup and restore: every table's rows as JSON values, restored in one transaction into an empty catalog.</summary>
public abstract partial class SqlCatalogStore : ICatalogExporter
{
    public Task<CatalogSnapshot> ExportAsync(CancellationToken cancellationToken) => ExportAsync(CatalogExportOptions.Default, cancellationToken);

    public async Task<CatalogSnapshot> ExportAsync(CatalogExportOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        await using var connection = await OpenConnectionAsync(cancellationToken);

        // One read transaction, so the backup is a consistent picture even while publishes go on.
        await using var transaction = await BeginSnapshotAsync(connection, cancellationToken);
        var version = await SchemaVersionAsync(connection, transaction, cancellationToken);
        var tables = new Dictionary<string, IReadOnlyList<IReadOnlyDictionary<string, JsonElement>>>(StringComparer.Ordinal);
        foreach (var table in BackupTables(options.WithAuditLog))
        {
            var rows = new List<IReadOnlyDictionary<string, JsonElement>>();
            await using var command = SqlCommands.Create(connection, transaction, $"SELECT * FROM {table} ORDER BY 1, 2, 3");
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var row = new Dictionary<string, JsonElement>(reader.FieldCount, StringComparer.Ordinal);
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    row[reader.GetName(i)] = reader.GetValue(i) switch
                    {
                        DBNull => JsonSerializer.SerializeToElement<string?>(null, CatalogJsonContext.Default.String),
                        string text => JsonSerializer.SerializeToElement(text, CatalogJsonContext.Default.String),
                        double real => JsonSerializer.SerializeToElement(real, CatalogJsonContext.Default.Double),
                        var other => JsonSerializer.SerializeToElement(Convert.ToInt64(other, CultureInfo.InvariantCulture), CatalogJsonContext.Default.Int64),
                    };
                }

                rows.Add(row);
            }

            tables[table] = rows;
        }

        await transaction.CommitAsync(cancellationToken);
        return new CatalogSnapshot(CatalogSnapshot.CurrentFormat, version, Now(), tables);
    }

    public async Task ImportAsync(CatalogSnapshot snapshot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (snapshot.Format != CatalogSnapshot.CurrentFormat)
        {
            throw new CatalogRejectedException($"The backup is in format {snapshot.Format}; this gateway reads format {CatalogSnapshot.CurrentFormat}.");
        }

        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var transaction = await BeginWriteAsync(connection, cancellationToken);
        var version = await SchemaVersionAsync(connection, transaction, cancellationToken);

        // An older backup restores: later migrations add tables (absent from it, so left empty) and nullable columns
        // (absent from its rows, so null). A newer one may hold what this catalog cannot.
        if (snapshot.SchemaVersion > version)
        {
            throw new CatalogRejectedException($"The backup was taken at catalog schema {snapshot.SchemaVersion}, newer than this catalog's {version}; restore it with the gateway version that wrote it, or a later one.");
        }

        var tables = BackupTables(withAuditLog: true);
        foreach (var table in tables)
        {
            var count = await SqlCommands.ScalarAsync(connection, transaction, $"SELECT COUNT(*) FROM {table}", cancellationToken);
            if (Convert.ToInt64(count, CultureInfo.InvariantCulture) != 0)
            {
                throw new CatalogRejectedException($"The catalog is not empty ({table} has rows); restore into a new data directory or database.");
            }
        }

        foreach (var table in tables)
        {
            if (!snapshot.Tables.TryGetValue(table, out var rows) || rows.Count == 0)
            {
                continue;
            }

            var columns = await ColumnsAsync(connection, transaction, table, cancellationToken);
            await using var inserts = new TableInserts(connection, transaction, table, columns, RestoreRowsPerStatement);
            foreach (var row in rows)
            {
                await inserts.InsertAsync(row, cancellationToken);
            }

            await inserts.FlushAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);

        // A restore can load a large catalog at once, before any statistics exist: without them the
        // planners may scan rather than use the listing indexes until autovacuum (or never, in SQLite) runs.
        await SqlCommands.ExecuteAsync(connection, null, "ANALYZE", cancellationToken);
    }

    private static IReadOnlyList<string> BackupTables(bool withAuditLog) =>
        withAuditLog ? [.. CatalogMigrations.BackupTables, CatalogMigrations.AuditBackupTable] : CatalogMigrations.BackupTables;

    private static async Task<IReadOnlyList<string>> ColumnsAsync(DbConnection connection, DbTransaction transaction, string table, CancellationToken cancellationToken)
    {
        await using var command = SqlCommands.Create(connection, transaction, $"SELECT * FROM {table} WHERE 1 = 0");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var columns = new List<string>(reader.FieldCount);
        for (var i = 0; i < reader.FieldCount; i++)
        {
            columns.Add(reader.GetName(i));
        }

        return columns;
    }

    private static async Task<int> SchemaVersionAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) =>
        Convert.ToInt32(
            await SqlCommands.ScalarAsync(connection, transaction, "SELECT COALESCE(MAX(version), 0) FROM schema_migrations", cancellationToken),
            CultureInfo.InvariantCulture);
}
