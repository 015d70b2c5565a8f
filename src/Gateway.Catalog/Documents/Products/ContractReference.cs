namespace Gateway.Catalog.Documents.Products;

/// <summary>ODPS v1.0 <c>outputPorts[].inputContracts[]</c>: a contract id and version an output depends on.</summary>
public sealed record ContractReference(string Id, string Version);
