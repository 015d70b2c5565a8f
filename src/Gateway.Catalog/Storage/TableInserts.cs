using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Gateway.Catalog.Storage;

/// <summary>
/// Inserts a backup's rows into one table, many rows per statement (a restore of 100,000 products is
/// otherwise hundreds of thousands of round trips). Column names come from the file, so each must be a
/// real column of the table before it reaches the SQL; rows with other columns than the batch's start a new batch.
/// </summary>
internal sealed class TableInserts
{
    // Both stores bind at least 32,766 parameters a statement (SQLite 3.32+, PostgreSQL 65,535).
    private const int MaxParameters = 30_000;
    private const int MaxRows = 500;

    private readonly DbConnection _connection;
    private readonly DbTransaction _transaction;
    private readonly string _table;
    private readonly IReadOnlyList<string> _columns;
    private readonly List<string> _names = [];
    private readonly List<IReadOnlyDictionary<string, JsonElement>> _pending = [];

    public TableInserts(DbConnection connection, DbTransaction transaction, string table, IReadOnlyList<string> columns)
    {
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
        if (_pending.Count >= Math.Min(MaxRows, MaxParameters / Math.Max(_names.Count, 1)))
        {
            await FlushAsync(cancellationToken);
        }
    }

    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (_pending.Count == 0)
        {
            return;
        }

        var sql = new StringBuilder($"INSERT INTO {_table} ({string.Join(", ", _names)}) VALUES ");
        var parameters = new (string, object?)[_pending.Count * _names.Count];
        for (var r = 0; r < _pending.Count; r++)
        {
            sql.Append(r == 0 ? "(" : ", (");
            for (var c = 0; c < _names.Count; c++)
            {
                var name = $"@p{(r * _names.Count + c).ToString(CultureInfo.InvariantCulture)}";
                sql.Append(c == 0 ? name : ", " + name);
                parameters[r * _names.Count + c] = (name, Value(_pending[r][_names[c]], _names[c]));
            }

            sql.Append(')');
        }

        await SqlCommands.ExecuteAsync(_connection, _transaction, sql.ToString(), cancellationToken, parameters);
        _pending.Clear();
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
