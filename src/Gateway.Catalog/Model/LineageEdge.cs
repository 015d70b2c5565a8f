using Gateway.Catalog.Documents.Profile;

namespace Gateway.Catalog.Model;

/// <summary>
/// Data flows from <see cref="Upstream"/> into <see cref="Downstream"/>: the downstream product has an
/// input port on the contract the upstream product publishes. <see cref="Depth"/> counts hops from the product asked about.
/// </summary>
public sealed record LineageEdge(ProductUrn Upstream, ProductUrn Downstream, string ContractId, int Depth);
