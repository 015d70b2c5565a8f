using System.Globalization;
using Gateway.Catalog.Model;

namespace Gateway.Catalog.Storage;

/// <summary>The outbox read by independent consumers, each at its own position (table <c>outbox_consumers</c>, migration 5).</summary>
public abstract partial class SqlCatalogStore : IOutboxConsumerStore
{
    /// <summary>
    /// True where event ids can commit out of order (PostgreSQL): events then carry the id of the transaction that
    /// wrote them (<c>outbox_events.xid</c>) and are read by it.
    /// </summary>
    private protected virtual bool OrdersOutboxByTransaction => false;

    public Task<OutboxBatch> ReadOutboxAsync(string consumer, int max, CancellationToken cancellationToken) =>
        ReadConsumerOutboxAsync(consumer, max, cancellationToken);

    public async Task AdvanceOutboxAsync(string consumer, OutboxPosition position, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(consumer);
        ArgumentNullException.ThrowIfNull(position);
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var transaction = await BeginWriteAsync(connection, cancellationToken);
        await SqlCommands.ExecuteAsync(connection, transaction, """
            INSERT INTO outbox_consumers (consumer, position_transaction, position_event, updated_at) VALUES (@consumer, @transaction, @event, @at)
            ON CONFLICT (consumer) DO UPDATE SET position_transaction = excluded.position_transaction, position_event = excluded.position_event,
                updated_at = excluded.updated_at
            WHERE (outbox_consumers.position_transaction, outbox_consumers.position_event) < (excluded.position_transaction, excluded.position_event)
            """, cancellationToken,
            ("@consumer", consumer), ("@transaction", position.Transaction), ("@event", position.EventId), ("@at", Timestamp(Now())));
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<OutboxPosition> GetOutboxPositionAsync(string consumer, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(consumer);
        var rows = await QueryAsync(
            "SELECT position_transaction, position_event FROM outbox_consumers WHERE consumer = @consumer",
            static reader => new OutboxPosition(reader.GetInt64(0), reader.GetInt64(1)),
            cancellationToken,
            ("@consumer", consumer));
        return rows.Count == 0 ? OutboxPosition.Start : rows[0];
    }

    private async Task<OutboxBatch> ReadConsumerOutboxAsync(string consumer, int max, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        var from = await GetOutboxPositionAsync(consumer, cancellationToken);

        // PostgreSQL: an event is read only once the transaction that wrote it is older than the oldest transaction
        // still running (pg_snapshot_xmin, PostgreSQL 15 section 9.27 "Transaction ID and Snapshot Information
        // Functions"). Every transaction before that point has committed or rolled back, so no event can later appear
        // behind the position: ordered by (transaction, id), the position never skips one.
        var sql = OrdersOutboxByTransaction
            ? """
              SELECT id, kind, subject, payload, created_at, CAST(CAST(xid AS TEXT) AS BIGINT) FROM outbox_events
              WHERE (xid, id) > (CAST(CAST(@transaction AS TEXT) AS xid8), @event) AND xid < pg_snapshot_xmin(pg_current_snapshot())
              ORDER BY xid, id LIMIT @max
              """
            : """
              SELECT id, kind, subject, payload, created_at, 0 FROM outbox_events WHERE id > @event ORDER BY id LIMIT @max
              """;
        var rows = await QueryAsync(
            sql,
            static reader => (
                Event: new OutboxEvent(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), ParseTimestamp(reader.GetString(4))),
                Transaction: Convert.ToInt64(reader.GetValue(5), CultureInfo.InvariantCulture)),
            cancellationToken,
            ("@transaction", from.Transaction), ("@event", from.EventId), ("@max", (long)max));
        if (rows.Count == 0)
        {
            return new OutboxBatch([], from);
        }

        var events = new OutboxEvent[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            events[i] = rows[i].Event;
        }

        return new OutboxBatch(events, new OutboxPosition(rows[^1].Transaction, rows[^1].Event.Id));
    }
}
