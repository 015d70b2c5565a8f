using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Gateway.Samples.SystemOfRecord;

/// <summary>
/// One domain's system of record: a SQLite file generated once from <see cref="SampleSizes"/> and then only
/// read. Generation writes a temporary file in one transaction and moves it into place, so an interrupted
/// run never leaves a half-filled file that would be taken for a complete one. The file remembers the sizes
/// and seed it was generated from; a file made from others is generated again.
/// </summary>
public sealed class SystemOfRecordFile
{
    private const string GenerationTable = "sample_generation";

    static SystemOfRecordFile() => SQLitePCL.Batteries_V2.Init();

    public SystemOfRecordFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        Path = System.IO.Path.GetFullPath(path);

        // Pooled read-only connections: every request opens one, and Microsoft.Data.Sqlite 6 keeps them open
        // behind the scenes, so an open costs a dictionary lookup rather than a file open.
        ConnectionString = new SqliteConnectionStringBuilder { DataSource = Path, Mode = SqliteOpenMode.ReadOnly, Pooling = true }.ToString();
    }

    /// <summary>The file's full path.</summary>
    public string Path { get; }

    /// <summary>A read-only connection string for the served subgraph.</summary>
    public string ConnectionString { get; }

    /// <summary>Opens a read-only connection.</summary>
    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        return connection;
    }

    /// <summary>True when the file exists and was generated from exactly <paramref name="sizes"/>.</summary>
    public bool WasGeneratedFrom(SampleSizes sizes)
    {
        ArgumentNullException.ThrowIfNull(sizes);
        if (!File.Exists(Path))
        {
            return false;
        }

        try
        {
            using var connection = new SqliteConnection(ConnectionString);
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT sizes FROM {GenerationTable}";
            return command.ExecuteScalar() as string == Describe(sizes);
        }
        catch (SqliteException)
        {
            // Not a SQLite file, or one without the generation table: not ours to trust.
            return false;
        }
    }

    /// <summary>
    /// Generates the file from <paramref name="sizes"/>: <paramref name="create"/> runs the DDL and
    /// <paramref name="fill"/> the inserts, in one transaction on a temporary file that then replaces the file.
    /// </summary>
    public void Generate(SampleSizes sizes, string create, Action<SqliteConnection, SqliteTransaction> fill)
    {
        ArgumentNullException.ThrowIfNull(sizes);
        ArgumentNullException.ThrowIfNull(fill);
        sizes.Validate();
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        var temporary = Path + ".generating";
        File.Delete(temporary);
        var builder = new SqliteConnectionStringBuilder { DataSource = temporary, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false };
        using (var connection = new SqliteConnection(builder.ToString()))
        {
            connection.Open();

            // The file is private until it is moved into place: no journal and no fsync are needed to stay safe.
            Execute(connection, null, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;");
            using var transaction = connection.BeginTransaction();
            Execute(connection, transaction, $"CREATE TABLE {GenerationTable} (sizes TEXT NOT NULL);");
            Execute(connection, transaction, create);
            fill(connection, transaction);
            using (var record = new PreparedInsert(connection, transaction, GenerationTable, "sizes"))
            {
                record.Set(0, Describe(sizes)).Insert();
            }

            transaction.Commit();
            Execute(connection, null, "ANALYZE;");
        }

        SqliteConnection.ClearAllPools();
        File.Move(temporary, Path, overwrite: true);
    }

    /// <summary>Runs <paramref name="sql"/> (statements without results) on <paramref name="connection"/>.</summary>
    public static void Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static string Describe(SampleSizes sizes) => string.Create(
        CultureInfo.InvariantCulture,
        $"users={sizes.Users};orders={sizes.Orders};playEvents={sizes.PlayEvents};seed={sizes.Seed}");
}
