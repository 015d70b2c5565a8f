using Microsoft.Data.Sqlite;

namespace Gateway.Samples.SystemOfRecord;

/// <summary>
/// One INSERT statement prepared once and run per row inside the generation transaction: the parameters
/// are created once and only their values change, which keeps generating 500,000 rows to about a second.
/// </summary>
public sealed class PreparedInsert : IDisposable
{
    private readonly SqliteCommand _command;
    private readonly SqliteParameter[] _values;

    /// <param name="connection">The open connection, inside <paramref name="transaction"/>.</param>
    /// <param name="transaction">The generation transaction.</param>
    /// <param name="table">The table.</param>
    /// <param name="columns">The columns, in the order <see cref="Set"/> numbers them.</param>
    public PreparedInsert(SqliteConnection connection, SqliteTransaction transaction, string table, params string[] columns)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(columns);
        _command = connection.CreateCommand();
        _command.Transaction = transaction;
        _values = new SqliteParameter[columns.Length];
        var names = new string[columns.Length];
        for (var i = 0; i < columns.Length; i++)
        {
            names[i] = "@p" + i;
            _values[i] = _command.Parameters.Add(new SqliteParameter { ParameterName = names[i] });
        }

        _command.CommandText = $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", names)})";
        _command.Prepare();
    }

    /// <summary>Sets the value of column <paramref name="index"/> for the next <see cref="Insert"/>.</summary>
    public PreparedInsert Set(int index, object value)
    {
        _values[index].Value = value;
        return this;
    }

    /// <summary>Inserts one row with the values set.</summary>
    public void Insert() => _command.ExecuteNonQuery();

    public void Dispose() => _command.Dispose();
}
