namespace Gateway.Catalog.Model;

/// <summary>
/// A change written in the same transaction as the change itself (transactional outbox), for the search
/// indexer and notifiers to process at least once.
/// </summary>
public sealed record OutboxEvent(long Id, string Kind, string Subject, string Payload, DateTimeOffset CreatedAt);
