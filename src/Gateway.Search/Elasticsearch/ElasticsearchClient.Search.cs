using System.Text.Json;

namespace Gateway.Search.Elasticsearch;

/// <summary>The search API (<c>POST /{index}/_search</c>), for queries, aggregations and suggesters alike.</summary>
public sealed partial class ElasticsearchClient
{
    /// <summary>Runs a search request body and returns the answer (<c>hits</c>, <c>aggregations</c>, <c>suggest</c>).</summary>
    public Task<JsonDocument> SearchAsync(string index, ReadOnlyMemory<byte> body, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, $"/{Uri.EscapeDataString(index)}/_search", body, cancellationToken);
}
