namespace Gateway.Catalog.Storage;

/// <summary>What a successful write left behind: the product's new revision and the outbox event written with it.</summary>
public sealed record PublishReceipt(long Revision, long OutboxEventId);
