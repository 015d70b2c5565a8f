namespace Gateway.Catalog.Model;

/// <summary>
/// How far one consumer of the outbox has read. On SQLite, writers commit one at a time, so event ids commit in
/// order and <see cref="EventId"/> alone is the position (<see cref="Transaction"/> is 0). On PostgreSQL, concurrent
/// publishes can commit a higher id before a lower one, so events are read in the order of the transaction that
/// wrote them, and only once that transaction is older than every one still running (see the outbox consumer reads).
/// </summary>
public sealed record OutboxPosition(long Transaction, long EventId)
{
    /// <summary>Before the first event.</summary>
    public static OutboxPosition Start { get; } = new(0, 0);
}
