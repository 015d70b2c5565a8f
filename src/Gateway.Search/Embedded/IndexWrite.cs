using System.Data.Common;

namespace Gateway.Search.Embedded;

/// <summary>One write transaction of the index and the statements it reuses for each product.</summary>
internal sealed class IndexWrite : IAsyncDisposable
{
    private readonly Dictionary<string, Statement> _statements = new(StringComparer.Ordinal);

    public IndexWrite(DbConnection connection, DbTransaction transaction)
    {
        Connection = connection;
        Transaction = transaction;
    }

    public DbConnection Connection { get; }

    public DbTransaction Transaction { get; }

    /// <summary>The statement for <paramref name="sql"/>, made on first use.</summary>
    public Statement Get(string sql)
    {
        if (!_statements.TryGetValue(sql, out var statement))
        {
            statement = new Statement(Connection, Transaction, sql);
            _statements.Add(sql, statement);
        }

        return statement;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var statement in _statements.Values)
        {
            await statement.DisposeAsync();
        }
    }
}
