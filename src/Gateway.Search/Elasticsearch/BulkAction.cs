namespace Gateway.Search.Elasticsearch;

/// <summary>The bulk API actions the index uses: <c>index</c> (add or replace a document) and <c>delete</c>.</summary>
public enum BulkAction
{
    Index,
    Delete,
}
