namespace Gateway.Search.Elasticsearch;

/// <summary>Why a request to Elasticsearch failed, so callers can tell a retry from a fix.</summary>
public enum ElasticsearchFailureKind
{
    /// <summary>A 4xx other than 429: the request is wrong (a bad mapping, a missing index, bad credentials); retrying will not help.</summary>
    Rejected,

    /// <summary>429, 502, 503 or 504 on every attempt: the cluster is overloaded or down; try again later.</summary>
    Unavailable,

    /// <summary>A 500 or another 5xx Elasticsearch does not answer for overload.</summary>
    ServerError,

    /// <summary>No connection could be made on any attempt.</summary>
    Unreachable,

    /// <summary>Every attempt ran past <see cref="ElasticsearchSettings.RequestTimeout"/>.</summary>
    Timeout,

    /// <summary>The body was not the JSON the REST API documents (a proxy's error page, a truncated body, a missing member).</summary>
    UnexpectedResponse,

    /// <summary>A bulk request succeeded but some of its documents did not; see <see cref="ElasticsearchException.FailedItems"/>.</summary>
    PartialBulkFailure,
}
