namespace Gateway.Search.Elasticsearch;

/// <summary>What happened to one document of a bulk request, from its item's <c>status</c>.</summary>
public enum BulkItemOutcome
{
    /// <summary>2xx: created, updated or deleted.</summary>
    Succeeded,

    /// <summary>404 on a delete: the document was not there (<c>"result": "not_found"</c>).</summary>
    NotFound,

    /// <summary>409 <c>version_conflict_engine_exception</c>: the index holds the same or a newer version of the document.</summary>
    VersionConflict,

    /// <summary>429 <c>es_rejected_execution_exception</c> on every attempt: the node's write queue was full.</summary>
    Rejected,

    /// <summary>Any other error, such as 400 <c>document_parsing_exception</c>: sending it again will fail again.</summary>
    Failed,
}
