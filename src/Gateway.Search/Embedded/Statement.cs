using System.Data.Common;

namespace Gateway.Search.Embedded;

/// <summary>
/// A parameterised statement made once and run many times in a write (one per product of a batch): the command and
/// its parameters are reused, only their values change.
/// </summary>
internal sealed class Statement : IAsyncDisposable
{
    private readonly DbCommand _command;
    private readonly Dictionary<string, DbParameter> _parameters = new(StringComparer.Ordinal);

    public Statement(DbConnection connection, DbTransaction? transaction, string sql)
    {
        _command = connection.CreateCommand();
        _command.CommandText = sql;
        _command.Transaction = transaction;
    }

    /// <summary>The SQL, for a statement whose text depends on the parameters it was given.</summary>
    public string Text
    {
        get => _command.CommandText;
        set => _command.CommandText = value;
    }

    public Statement Set(string name, object? value)
    {
        if (!_parameters.TryGetValue(name, out var parameter))
        {
            parameter = _command.CreateParameter();
            parameter.ParameterName = name;
            _command.Parameters.Add(parameter);
            _parameters.Add(name, parameter);
        }

        parameter.Value = value ?? DBNull.Value;
        return this;
    }

    public Statement SetAll(IReadOnlyList<(string Name, object Value)> parameters)
    {
        foreach (var (name, value) in parameters)
        {
            Set(name, value);
        }

        return this;
    }

    public Task<int> ExecuteAsync(CancellationToken cancellationToken) => _command.ExecuteNonQueryAsync(cancellationToken);

    public async Task<object?> ScalarAsync(CancellationToken cancellationToken)
    {
        var value = await _command.ExecuteScalarAsync(cancellationToken);
        return value is DBNull ? null : value;
    }

    public Task<DbDataReader> ReadAsync(CancellationToken cancellationToken) => _command.ExecuteReaderAsync(cancellationToken);

    public ValueTask DisposeAsync() => _command.DisposeAsync();
}
