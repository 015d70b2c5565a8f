using System.Data.Common;
using System.Globalization;
using System.Text.Json;

namespace Gateway.Catalog.Storage;

/// <summary>
/// Inserts a backup's rows into one table, reusing one command while the rows have the same
/// columns (they do, unless the file was edited by hand). Column names come from the file, so each must
/// be a real column of the table before it reaches the SQL.
/// </summary>
internal sealed class TableInserts : IAsyncDisposable
{
    private readonly DbConnection _connection;
    private readonly DbTransaction _transaction;
    private readonly string _table;
    private readonly IReadOnlyList<string> _columns;
    private readonly List<string> _names = [];
    private DbCommand? _command;

    public TableInserts(DbConnection connection, DbTransaction transaction, string table, IReadOnlyList<string> columns)
    {
        _connection = connection;
        _transaction = transaction;
        _table = table;
        _columns = columns;
    }

    public async Task InsertAsync(IReadOnlyDictionary<string, JsonElement> row, CancellationToken cancellationToken)
    {
        if (_command is null || !SameColumns(row))
        {
            await PrepareAsync(row);
        }

        var command = _command!;
        for (var i = 0; i < _names.Count; i++)
        {
            command.Parameters[i].Value = Value(row[_names[i]], _names[i]) ?? DBNull.Value;
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_command is not null)
        {
            await _command.DisposeAsync();
        }
    }

    private bool SameColumns(IReadOnlyDictionary<string, JsonElement> row)
    {
        var count = row.ContainsKey("id") ? row.Count - 1 : row.Count;
        if (count != _names.Count)
        {
            return false;
        }

        foreach (var name in _names)
        {
            if (!row.ContainsKey(name))
            {
                return false;
            }
        }

        return true;
    }

    private async Task PrepareAsync(IReadOnlyDictionary<string, JsonElement> row)
    {
        if (_command is not null)
        {
            await _command.DisposeAsync();
        }

        _names.Clear();
        foreach (var column in row.Keys)
        {
            // Generated ids are given anew (rows go in id order, so the order holds).
            if (column == "id")
            {
                continue;
            }

            if (!_columns.Contains(column))
            {
                throw new CatalogRejectedException($"The backup's table {_table} has a column '{column}' the catalog does not.");
            }

            _names.Add(column);
        }

        var placeholders = new string[_names.Count];
        var parameters = new (string, object?)[_names.Count];
        for (var i = 0; i < _names.Count; i++)
        {
            placeholders[i] = "@p" + i.ToString(CultureInfo.InvariantCulture);
            parameters[i] = (placeholders[i], Value(row[_names[i]], _names[i]));
        }

        _command = SqlCommands.Create(_connection, _transaction,
            $"INSERT INTO {_table} ({string.Join(", ", _names)}) VALUES ({string.Join(", ", placeholders)})", parameters);
    }

    private object? Value(JsonElement value, string column) => value.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number when value.TryGetInt64(out var whole) => whole,
        JsonValueKind.Number => value.GetDouble(),
        _ => throw new CatalogRejectedException($"The backup's {_table}.{column} holds {value.ValueKind}, not a string, number or null."),
    };
}
