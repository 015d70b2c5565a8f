using Gateway.Catalog.Model;

namespace Gateway.Catalog.Storage;

/// <summary>The transactional outbox: events written with each change, read and acknowledged by the indexer.</summary>
public abstract partial class SqlCatalogStore
{
    public Task<IReadOnlyList<OutboxEvent>> ReadOutboxAsync(int max, CancellationToken cancellationToken) =>
        QueryAsync(
            "SELECT id, kind, subject, payload, created_at FROM outbox_events WHERE processed_at IS NULL ORDER BY id LIMIT @max",
            static reader => new OutboxEvent(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), ParseTimestamp(reader.GetString(4))),
            cancellationToken,
            ("@max", (long)max));

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
