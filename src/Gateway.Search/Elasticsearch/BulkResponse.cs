namespace Gateway.Search.Elasticsearch;

/// <summary>A bulk request's items, in the order of its operations; a 200 answer can still hold failed items.</summary>
public sealed record BulkResponse(IReadOnlyList<BulkItemResult> Items);
