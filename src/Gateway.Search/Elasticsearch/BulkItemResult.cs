namespace Gateway.Search.Elasticsearch;

/// <summary>One item of a bulk response: the document, its HTTP status, and the error Elasticsearch gave for it, if any.</summary>
public sealed record BulkItemResult(
    BulkAction Action,
    string Index,
    string Id,
    int Status,
    BulkItemOutcome Outcome,
    string? ErrorType,
    string? Reason)
{
    public override string ToString() => ErrorType is null
        ? $"{Id}: {Status}"
        : $"{Id}: {Status} {ErrorType}: {Reason}";
}
