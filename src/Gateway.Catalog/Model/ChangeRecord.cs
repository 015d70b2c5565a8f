using Gateway.Catalog.Documents.Profile;

namespace Gateway.Catalog.Model;

/// <summary>One entry of a product's change history.</summary>
public sealed record ChangeRecord(long Id, ProductUrn Product, SemanticVersion Version, ChangeKind Kind, string? Actor, DateTimeOffset At, string Summary);
