namespace Gateway.Catalog.Documents.Products;

/// <summary>ODPS v1.0 <c>inputPorts[]</c>: data this product consumes, by the contract that describes it; the source of product lineage.</summary>
public sealed record InputPort(string Name, string Version, string ContractId, IReadOnlyList<string> Tags);
