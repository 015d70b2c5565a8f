using Gateway.Catalog.Documents.Profile;

namespace Gateway.Publishing;

/// <summary>
/// Deprecating a product: it stays in the supergraph until it is retired, and the catalog tells consumers when it
/// goes (<see cref="SunsetDate"/>), what replaces it (<see cref="Successor"/>) and why.
/// </summary>
public sealed record DeprecationRequest(ProductUrn Product, DateOnly SunsetDate, ProductUrn? Successor, string? Reason, string? Actor = null);
