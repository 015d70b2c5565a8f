using Gateway.Catalog.Documents.Profile;

namespace Gateway.Catalog.Model;

/// <summary>A service level the product promises (ODCS v3.1 <c>slaProperties[]</c>), its value as written.</summary>
public sealed record ServiceLevel(ProductUrn Product, string Property, string Value, string? Unit, string? Element);
