using System.Data.Common;

namespace Gateway.Search.Embedded;

/// <summary>
/// The embedded index's in-memory projection: the file stays the durable index and the truth, memory holds a
/// read-optimised copy of it (<see cref="TermIndexSnapshot"/>), made in the background at first and swapped atomically as
/// the index changes. A search asks for the current snapshot: when the database has seen a commit since the last look
/// (the store's change marker, SQLite's <c>PRAGMA data_version</c>) and the index's generation moved (catalog migration
/// 6), the products written and removed since are read (two small queries) and applied as a new delta before the
/// search is answered, so a search never reads a state older than a write that completed before it. When the delta
/// grows past <see cref="RebuildThreshold"/>, the base is read again in the background.
/// </summary>
internal sealed class TermIndex : IAsyncDisposable
{
    private const string RowColumns = """
        SELECT p.id, p.urn, p.name_key, p.domain, p.owner, p.team, p.classification, p.status, p.tags, p.boost, d.name, d.keywords, d.description, d.fields
        FROM search_products p JOIN search_documents d ON d.id = p.id
        """;

    private readonly Func<CancellationToken, ValueTask<DbConnection>> _open;
    private readonly Func<DbConnection, DbTransaction> _beginRead;
    private readonly string _changeMarkerSql;
    private readonly SemaphoreSlim _lock = new(1, 1);
    private readonly CancellationTokenSource _stop = new();
    private readonly Lock _loadingLock = new();
    private DbConnection? _watch;
    private TermIndexSnapshot? _current;
    private long _checkedMarker = long.MinValue;
    private Task? _loading;

    /// <param name="open">Opens a connection to the index's database.</param>
    /// <param name="beginRead">Begins a transaction that reads one consistent state and takes no write lock.</param>
    /// <param name="changeMarkerSql">A query whose value changes whenever another connection commits.</param>
    public TermIndex(Func<CancellationToken, ValueTask<DbConnection>> open, Func<DbConnection, DbTransaction> beginRead, string changeMarkerSql)
    {
        _open = open;
        _beginRead = beginRead;
        _changeMarkerSql = changeMarkerSql;
    }

    /// <summary>The delta size (products written since the base) past which the base is read again: 2% of it, at least 256 and at most 5,000.</summary>
    public static int RebuildThreshold(int baseProducts) => Math.Clamp(baseProducts / 50, 256, 5_000);

    /// <summary>Products in the current snapshot's delta (written since its base was read), for tests of the base's rebuild.</summary>
    public int DeltaProducts => Volatile.Read(ref _current)?.Delta.Count ?? 0;

    /// <summary>The reading of the base under way or last done, for tests that wait for a rebuild.</summary>
    public Task Reading
    {
        get
        {
            lock (_loadingLock)
            {
                return _loading ?? Task.CompletedTask;
            }
        }
    }

    /// <summary>Starts reading the index into memory, unless that is under way or done.</summary>
    public Task LoadAsync()
    {
        lock (_loadingLock)
        {
            if (_loading is null || _loading.IsFaulted || _loading.IsCanceled)
            {
                _loading = Task.Run(() => ReadBaseAsync(_stop.Token), CancellationToken.None);
            }

            return _loading;
        }
    }

    /// <summary>The snapshot of the index's current state, or null while the first one is being read (the search then reads SQL).</summary>
    public async ValueTask<TermIndexSnapshot?> CurrentAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _current) is null)
        {
            _ = LoadAsync();
            return null;
        }

        await _lock.WaitAsync(cancellationToken);
        try
        {
            var current = _current!;
            try
            {
                _watch ??= await _open(cancellationToken);
                var marker = await ScalarAsync(_watch, null, _changeMarkerSql, cancellationToken);
                if (marker == _checkedMarker)
                {
                    return current;
                }

                // A commit after the marker was read moves it again: the next search looks again, never the other way round.
                current = await CatchUpAsync(_watch, current, cancellationToken);
                _checkedMarker = marker;
            }
            catch
            {
                // A connection that failed in a transaction is not reused.
                if (_watch is not null)
                {
                    await _watch.DisposeAsync();
                    _watch = null;
                }

                throw;
            }

            Volatile.Write(ref _current, current);
            if (current.Delta.Count > RebuildThreshold(current.Base.Count))
            {
                lock (_loadingLock)
                {
                    if (_loading is { IsCompleted: true })
                    {
                        _loading = Task.Run(() => ReadBaseAsync(_stop.Token), CancellationToken.None);
                    }
                }
            }

            return current;
        }
        finally
        {
            _lock.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        Task? loading;
        lock (_loadingLock)
        {
            loading = _loading;
        }

        if (loading is not null)
        {
            try
            {
                await loading;
            }
            catch (OperationCanceledException)
            {
                // Stopped while reading: nothing to keep.
            }
            catch (DbException)
            {
                // The index went while it was read (a test's catalog removed): nothing to keep.
            }
        }

        if (_watch is not null)
        {
            await _watch.DisposeAsync();
            _watch = null;
        }

        _lock.Dispose();
        _stop.Dispose();
    }

    // Every product, in one read transaction: the base of a new snapshot, at the generation read with it. Installed as is:
    // the next search catches it up with what was written meanwhile.
    private async Task ReadBaseAsync(CancellationToken cancellationToken)
    {
        TermIndexSnapshot snapshot;
        await using (var connection = await _open(cancellationToken))
        {
            await using var transaction = _beginRead(connection);
            var generation = await ScalarAsync(connection, transaction, "SELECT generation FROM search_state WHERE id = 1", cancellationToken);
            var values = new FacetValueTable();
            var builder = new SegmentBuilder(values, keepRows: false);
            await foreach (var row in ReadRowsAsync(connection, transaction, RowColumns, null, cancellationToken))
            {
                builder.Add(row);
            }

            snapshot = TermIndexSnapshot.FromBase(generation, builder.Build(), values);
            await transaction.CommitAsync(cancellationToken);
        }

        await _lock.WaitAsync(cancellationToken);
        try
        {
            Volatile.Write(ref _current, snapshot);
            _checkedMarker = long.MinValue;
        }
        finally
        {
            _lock.Release();
        }
    }

    // What was written and removed since the snapshot's generation, read in one read transaction with the generation.
    private async Task<TermIndexSnapshot> CatchUpAsync(DbConnection connection, TermIndexSnapshot current, CancellationToken cancellationToken)
    {
        await using var transaction = _beginRead(connection);
        var generation = await ScalarAsync(connection, transaction, "SELECT generation FROM search_state WHERE id = 1", cancellationToken);
        if (generation == current.Generation)
        {
            await transaction.CommitAsync(cancellationToken);
            return current;
        }

        var changed = new List<TermIndexRow>();
        await foreach (var row in ReadRowsAsync(connection, transaction, RowColumns + " WHERE p.generation > @since", current.Generation, cancellationToken))
        {
            changed.Add(row);
        }

        var removed = new List<long>();
        await using (var statement = new Statement(connection, transaction, "SELECT id FROM search_removals WHERE generation > @since"))
        {
            statement.Set("@since", current.Generation);
            await using var reader = await statement.ReadAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                removed.Add(reader.GetInt64(0));
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return current.WithChanges(generation, changed, removed);
    }

    private static async IAsyncEnumerable<TermIndexRow> ReadRowsAsync(
        DbConnection connection, DbTransaction transaction, string sql, long? since,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var statement = new Statement(connection, transaction, sql);
        if (since is { } generation)
        {
            statement.Set("@since", generation);
        }

        await using var reader = await statement.ReadAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return new TermIndexRow(
                reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetString(5), reader.GetString(6), reader.GetString(7), reader.GetString(8), reader.GetDouble(9),
                reader.GetString(10), reader.GetString(11), reader.GetString(12), reader.GetString(13));
        }
    }

    private static async Task<long> ScalarAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var statement = new Statement(connection, transaction, sql);
        return Convert.ToInt64(await statement.ScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }
}
