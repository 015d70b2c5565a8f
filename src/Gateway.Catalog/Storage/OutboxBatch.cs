using Gateway.Catalog.Model;

namespace Gateway.Catalog.Storage;

/// <summary>Outbox events a consumer has not acknowledged yet, oldest first, and the position just after the last of them.</summary>
public sealed record OutboxBatch(IReadOnlyList<OutboxEvent> Events, OutboxPosition End);
