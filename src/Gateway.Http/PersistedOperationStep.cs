using Gateway.GraphQL.Execution;
using Gateway.Http.Persisted;

namespace Gateway.Http;

/// <summary>
/// Turns a request into the query text to run: the <c>query</c> parameter as sent, or the document a
/// persisted operation hash names (automatic persisted queries; trusted documents, where only registered
/// operations run). The protocol lives in <see cref="PersistedOperationResolver"/>; this maps options to
/// its mode and its outcome to a response.
/// </summary>
public sealed class PersistedOperationStep
{
    private readonly PersistedOperationResolver _resolver;

    public PersistedOperationStep(GraphQLHttpOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.TrustedDocumentsPath is { } manifest)
        {
            // Read once at startup, before the server listens; a manifest that does not load stops the start.
            var store = TrustedDocumentStore.Parse(File.ReadAllBytes(manifest), manifest);
            _resolver = new PersistedOperationResolver(PersistedOperationMode.Trusted, store: store);
        }
        else
        {
            _resolver = new PersistedOperationResolver(
                options.AutomaticPersistedQueries ? PersistedOperationMode.Automatic : PersistedOperationMode.Off);
        }
    }

    public PersistedOperationMode Mode => _resolver.Mode;

    /// <summary>The query text, or the response (PERSISTED_QUERY_NOT_FOUND, QUERY_MISSING, ...) and its status.</summary>
    public (string? Query, ExecutionResult? Refusal, int StatusCode) Resolve(GraphQLRequest request, ResponseMediaType mediaType)
    {
        if (request.Extensions is null && request.Query is { } text && _resolver.Mode != PersistedOperationMode.Trusted)
        {
            // Most requests: a query and no persisted-query hash, outside trusted-documents mode, runs as sent.
            return (text, null, 200);
        }

        var resolved = _resolver.Resolve(request.Query, request.Extensions);
        return resolved.IsError
            ? (null, ExecutionResult.FromRequestErrors([resolved.Error!]), resolved.StatusCode(legacyJson: mediaType == ResponseMediaType.Json))
            : (resolved.Query, null, 200);
    }
}
