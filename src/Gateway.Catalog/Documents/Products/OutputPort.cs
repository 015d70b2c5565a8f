namespace Gateway.Catalog.Documents.Products;

/// <summary>ODPS v1.0 <c>outputPorts[]</c>: what this product serves (for us, a GraphQL subgraph), keyed by name and version.</summary>
public sealed record OutputPort(
    string Name,
    string Version,
    string? Description,
    string? Type,
    string? ContractId,
    IReadOnlyList<ContractReference> InputContracts,
    IReadOnlyList<string> Tags,
    IReadOnlyList<CustomProperty> CustomProperties);
