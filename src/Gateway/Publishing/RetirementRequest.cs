using Gateway.Catalog.Documents.Profile;

namespace Gateway.Publishing;

/// <summary>Retiring a deprecated product: its subgraph leaves the supergraph; its versions and history stay in the catalog.</summary>
public sealed record RetirementRequest(ProductUrn Product, string? Actor = null);
