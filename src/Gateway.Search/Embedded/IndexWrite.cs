using System.Data.Common;
using System.Globalization;

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

    /// <summary>The index's generation this transaction writes (catalog migration 6), once <see cref="TakeNextGenerationAsync"/> ran.</summary>
    public long Generation { get; private set; }

    /// <summary>
    /// Moves the index to its next generation. Writers hold the write lock (SQLite) or the state row's lock (PostgreSQL)
    /// from here to their commit, so generations commit in order.
    /// </summary>
    public async Task TakeNextGenerationAsync(CancellationToken cancellationToken)
    {
        var next = await Get("UPDATE search_state SET generation = generation + 1 WHERE id = 1 RETURNING generation").ScalarAsync(cancellationToken);
        Generation = Convert.ToInt64(next, CultureInfo.InvariantCulture);
    }

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
