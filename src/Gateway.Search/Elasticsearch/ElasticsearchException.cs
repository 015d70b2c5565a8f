namespace Gateway.Search.Elasticsearch;

/// <summary>
/// A failed request to Elasticsearch, with what its error body said: the error <c>type</c>
/// (<c>mapper_parsing_exception</c>, <c>index_not_found_exception</c>...), the <c>reason</c> and the HTTP status.
/// </summary>
public sealed class ElasticsearchException : Exception
{
    public ElasticsearchException(
        ElasticsearchFailureKind kind,
        string request,
        string message,
        int? status = null,
        string? errorType = null,
        string? reason = null,
        IReadOnlyList<BulkItemResult>? failedItems = null,
        Exception? innerException = null)
        : base(message, innerException)
    {
        Kind = kind;
        Request = request;
        Status = status;
        ErrorType = errorType;
        Reason = reason;
        FailedItems = failedItems ?? [];
    }

    public ElasticsearchFailureKind Kind { get; }

    /// <summary>The method and path of the request, for example <c>PUT /_index_template/dp-products</c>.</summary>
    public string Request { get; }

    /// <summary>The HTTP status of the last attempt, when there was an answer.</summary>
    public int? Status { get; }

    /// <summary>The error body's <c>error.type</c>, when it had one.</summary>
    public string? ErrorType { get; }

    /// <summary>The error body's <c>error.reason</c> (or the whole <c>error</c> when it is a string).</summary>
    public string? Reason { get; }

    /// <summary>For <see cref="ElasticsearchFailureKind.PartialBulkFailure"/>: the documents that were not written, with their errors.</summary>
    public IReadOnlyList<BulkItemResult> FailedItems { get; }

    /// <summary>
    /// True when waiting and sending the same request again may succeed: the cluster was overloaded, down, slow or
    /// failing, or every document a bulk could not write was refused for a full write queue (429).
    /// </summary>
    public bool IsTransient => Kind switch
    {
        ElasticsearchFailureKind.Unavailable or ElasticsearchFailureKind.Unreachable
            or ElasticsearchFailureKind.Timeout or ElasticsearchFailureKind.ServerError => true,
        ElasticsearchFailureKind.PartialBulkFailure => OnlyRejectedItems(),
        _ => false,
    };

    private bool OnlyRejectedItems()
    {
        foreach (var item in FailedItems)
        {
            if (item.Outcome != BulkItemOutcome.Rejected)
            {
                return false;
            }
        }

        return FailedItems.Count > 0;
    }
}
