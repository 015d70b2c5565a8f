using System.Text.Json;

namespace Gateway.Http;

/// <summary>
/// The request parameters of GraphQL over HTTP (draft section "Request Parameters"): <c>query</c>,
/// <c>operationName</c>, <c>variables</c> and <c>extensions</c>. <see cref="Query"/> may be null when a
/// persisted operation names the document by hash.
/// </summary>
public sealed record GraphQLRequest(
    string? Query,
    string? OperationName,
    IReadOnlyDictionary<string, object?>? Variables,
    JsonElement? Extensions);
