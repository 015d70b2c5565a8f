namespace Gateway.Federation.Transport;

/// <summary>
/// One GraphQL request to a subgraph, sent as <c>{"query", "variables", "operationName"}</c> (GraphQL over
/// HTTP). Variables are JSON-shaped values (maps, lists, strings, numbers, Booleans, null).
/// </summary>
public sealed record SubgraphRequest(string Query, IReadOnlyDictionary<string, object?>? Variables, string? OperationName = null);
