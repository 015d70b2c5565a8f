using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Gateway.Catalog.Storage;

/// <summary>
/// Inserts a backup's rows into one table, <c>rowsPerStatement</c> rows a statement, reusing the
/// statement while the batches are full. Column names come from the file, so each must be a real column
/// of the table before it reaches the SQL; rows with other columns than the batch's start a new batch.
/// </summary>
internal sealed class TableInserts : IAsyncDisposable
{
    // Both stores bind at least 32,766 parameters a statement (SQLite 3.32+, PostgreSQL 65,535).
    private const int MaxParameters = 30_000;

    private readonly int _rowsPerStatement;
    private DbCommand? _fullBatch;

    private readonly DbConnection _connection;
    private readonly DbTransaction _transaction;
    private readonly string _table;
    private readonly IReadOnlyList<string> _columns;
    private readonly List<string> _names = [];
    private readonly List<IReadOnlyDictionary<string, JsonElement>> _pending = [];

    public TableInserts(DbConnection connection, DbTransaction transaction, string table, IReadOnlyList<string> columns, int rowsPerStatement)
    {
        _rowsPerStatement = rowsPerStatement;
        _connection = connection;
        _transaction = transaction;
        _table = table;
        _columns = columns;
    }

    public async Task InsertAsync(IReadOnlyDictionary<string, JsonElement> row, CancellationToken cancellationToken)
    {
        if (_pending.Count > 0 && !SameColumns(row))
        {
            await FlushAsync(cancellationToken);
        }

        if (_pending.Count == 0)
        {
            TakeColumns(row);
        }

        _pending.Add(row);
        if (_pending.Count >= BatchRows)
        {
            await FlushAsync(cancellationToken);
        }
    }

    private int BatchRows => Math.Max(1, Math.Min(_rowsPerStatement, MaxParameters / Math.Max(_names.Count, 1)));

    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (_pending.Count == 0)
        {
            return;
        }

        var full = _pending.Count == BatchRows;
        var command = full && _fullBatch is not null ? _fullBatch : CreateCommand(_pending.Count);
        for (var r = 0; r < _pending.Count; r++)
        {
            for (var c = 0; c < _names.Count; c++)
            {
                command.Parameters[r * _names.Count + c].Value = Value(_pending[r][_names[c]], _names[c]) ?? DBNull.Value;
            }
        }

        try
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        finally
        {
            if (full)
            {
                _fullBatch = command;
            }
            else
            {
                await command.DisposeAsync();
            }
        }

        _pending.Clear();
    }

    public async ValueTask DisposeAsync()
    {
        if (_fullBatch is not null)
        {
            await _fullBatch.DisposeAsync();
        }
    }

    private DbCommand CreateCommand(int rows)
    {
        var sql = new StringBuilder($"INSERT INTO {_table} ({string.Join(", ", _names)}) VALUES ");
        var parameters = new (string, object?)[rows * _names.Count];
        for (var r = 0; r < rows; r++)
        {
            sql.Append(r == 0 ? "(" : ", (");
            for (var c = 0; c < _names.Count; c++)
            {
                var name = $"@p{(r * _names.Count + c).ToString(CultureInfo.InvariantCulture)}";
                sql.Append(c == 0 ? name : ", " + name);
                parameters[r * _names.Count + c] = (name, null);
            }

            sql.Append(')');
        }

        return SqlCommands.Create(_connection, _transaction, sql.ToString(), parameters);
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

    private void TakeColumns(IReadOnlyDictionary<string, JsonElement> row)
    {
        // New columns, new statement text: the reusable full batch no longer fits.
        _fullBatch?.Dispose();
        _fullBatch = null;
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
