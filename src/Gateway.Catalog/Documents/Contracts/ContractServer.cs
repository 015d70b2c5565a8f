namespace Gateway.Catalog.Documents.Contracts;

/// <summary>ODCS v3.1 <c>servers[]</c>: where the data is served; for a GraphQL subgraph, type <c>api</c> with its <c>location</c>.</summary>
public sealed record ContractServer(string Server, string Type, string? Description, string? Environment, string? Location);
