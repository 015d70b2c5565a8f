using Gateway.GraphQL;

namespace Gateway.Http.Persisted;

/// <summary>
/// What <see cref="PersistedOperationResolver.Resolve"/> decided: the query text to run, or the error to
/// answer with. The resolver knows nothing of HTTP; <see cref="StatusCode"/> says which status fits.
/// </summary>
public sealed class PersistedOperationResult
{
    private PersistedOperationResult(string? query, string? hash, PersistedOperationErrorKind errorKind, GraphQLError? error)
    {
        Query = query;
        Hash = hash;
        ErrorKind = errorKind;
        Error = error;
    }

    /// <summary>The document text to parse and run; null when <see cref="IsError"/>.</summary>
    public string? Query { get; }

    /// <summary>The lowercase SHA-256 hash the request named, when it named one (for logs and caches).</summary>
    public string? Hash { get; }

    public PersistedOperationErrorKind ErrorKind { get; }

    /// <summary>The error to answer with (message and <c>extensions.code</c>); null when the operation resolved.</summary>
    public GraphQLError? Error { get; }

    public bool IsError => ErrorKind != PersistedOperationErrorKind.None;

    /// <summary>
    /// A suggested HTTP status; the endpoint owns the final mapping. Under <c>application/json</c> the
    /// GraphQL-over-HTTP draft of 2025-05 answered every well-formed request with 200, and the automatic
    /// persisted query protocol relies on it: Apollo clients read PersistedQueryNotFound from a 200 body
    /// and then resend the full query. Under <c>application/graphql-response+json</c> a response without
    /// <c>data</c> must be 4xx, so every error is 400 there (Apollo's clients read a 400 body too). A
    /// request with no query at all, or whose persisted-query extension is malformed, names an unknown
    /// version or a hash that is not its query's, is a client bug rather than a miss, so it is 400 under
    /// both (as Apollo Server answers a hash mismatch).
    /// </summary>
    /// <param name="legacyJson">True when the response is <c>application/json</c>.</param>
    public int StatusCode(bool legacyJson) => ErrorKind switch
    {
        PersistedOperationErrorKind.None => 200,
        PersistedOperationErrorKind.QueryMissing
            or PersistedOperationErrorKind.InvalidExtension
            or PersistedOperationErrorKind.UnsupportedVersion
            or PersistedOperationErrorKind.HashMismatch => 400,
        _ => legacyJson ? 200 : 400,
    };

    internal static PersistedOperationResult Run(string query, string? hash) =>
        new(query, hash, PersistedOperationErrorKind.None, null);

    internal static PersistedOperationResult Fail(PersistedOperationErrorKind kind, string code, string message, string? hash = null) =>
        new(null, hash, kind, new GraphQLError(message, extensions: new Dictionary<string, object?> { ["code"] = code }));
}
