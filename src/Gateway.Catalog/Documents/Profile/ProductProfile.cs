namespace Gateway.Catalog.Documents.Profile;

/// <summary>
/// Our profile's keys in a descriptor's top-level customProperties: <c>urn</c> (<c>urn:dp:&lt;domain&gt;:&lt;name&gt;</c>),
/// <c>dataClassification</c> (raw, clean or aggregated) and <c>subDomain</c>.
/// </summary>
public sealed record ProductProfile(ProductUrn? Urn, DataClassification? DataClassification, string? SubDomain);
