using Gateway.Catalog.Documents.Profile;

namespace Gateway.Catalog.Model;

/// <summary>Why and until when a deprecated product is served, and which product replaces it.</summary>
public sealed record Deprecation(DateOnly SunsetDate, ProductUrn? Successor, string? Reason);
