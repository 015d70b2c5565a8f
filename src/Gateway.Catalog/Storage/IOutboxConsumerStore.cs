using Gateway.Catalog.Model;

namespace Gateway.Catalog.Storage;

/// <summary>
/// The outbox read by several independent consumers (the search indexer, webhooks...), each at its own position, so
/// one consumer acknowledging an event never hides it from another (<see cref="ICatalogStore.MarkOutboxProcessedAsync"/>
/// marks events for everyone). A consumer reads a batch, handles it, then advances past it: a crash in between reads
/// the batch again, so events are delivered at least once and never lost.
/// </summary>
public interface IOutboxConsumerStore
{
    /// <summary>Up to <paramref name="max"/> events after <paramref name="consumer"/>'s position (the start for a new consumer), oldest first.</summary>
    Task<OutboxBatch> ReadOutboxAsync(string consumer, int max, CancellationToken cancellationToken);

    /// <summary>Moves <paramref name="consumer"/>'s position forward to <paramref name="position"/>; a position behind the stored one changes nothing.</summary>
    Task AdvanceOutboxAsync(string consumer, OutboxPosition position, CancellationToken cancellationToken);

    /// <summary>Where <paramref name="consumer"/> is (<see cref="OutboxPosition.Start"/> when it never advanced).</summary>
    Task<OutboxPosition> GetOutboxPositionAsync(string consumer, CancellationToken cancellationToken);
}
