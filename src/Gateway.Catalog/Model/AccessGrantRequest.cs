using Gateway.Catalog.Documents.Profile;

namespace Gateway.Catalog.Model;

/// <summary>A consumer's request to read a product for a purpose, with the reason it gives (GDPR Art. 5(1)(b): purposes are specified and explicit).</summary>
public sealed record AccessGrantRequest(string ClientId, ProductUrn Product, string Purpose, string Justification);
