using Gateway.Catalog.Documents.Contracts;
using Gateway.Catalog.Documents.Products;

namespace Gateway.Catalog.Governance;

/// <summary>What governance rules look at: a product's descriptor, its data contract and its subgraph SDL.</summary>
public sealed record GovernanceSubject(DataProductDescriptor Descriptor, DataContract? Contract, string? SubgraphSdl);
