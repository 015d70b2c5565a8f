using Gateway.Catalog.Model;

namespace Gateway.Catalog.Storage;

/// <summary>The transactional outbox: events written with each change, read and acknowledged by the indexer.</summary>
public abstract partial class SqlCatalogStore
{
    public async Task<IReadOnlyList<OutboxEvent>> ReadOutboxAsync(int max, CancellationToken cancellationToken)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var command = SqlCommands.Create(connection, null,
            "SELECT id, kind, subject, payload, created_at FROM outbox_events WHERE processed_at IS NULL ORDER BY id LIMIT @max", ("@max", (long)max));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var events = new List<OutboxEvent>();
        while (await reader.ReadAsync(cancellationToken))
        {
            events.Add(new OutboxEvent(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), ParseTimestamp(reader.GetString(4))));
        }

        return events;
    }

    public async Task MarkOutboxProcessedAsync(IReadOnlyList<long> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var transaction = await BeginWriteAsync(connection, cancellationToken);
        var now = Timestamp(Now());
        foreach (var id in ids)
        {
            await SqlCommands.ExecuteAsync(connection, transaction,
                "UPDATE outbox_events SET processed_at = @at WHERE id = @id AND processed_at IS NULL", cancellationToken, ("@at", now), ("@id", id));
        }

        await transaction.CommitAsync(cancellationToken);
    }
}
