using Gateway.Catalog.Documents.Profile;

namespace Gateway.Catalog.Model;

/// <summary>
/// A data product as the catalog lists it: its identity, owner and current version and state.
/// <see cref="Revision"/> grows with every change; a write names the revision it read (optimistic concurrency).
/// </summary>
public sealed record DataProduct(
    ProductUrn Urn,
    string Domain,
    string? SubDomain,
    string Name,
    string? Description,
    string? Owner,
    string? Team,
    DataClassification Classification,
    IReadOnlyList<string> Tags,
    SemanticVersion CurrentVersion,
    string? ContractId,
    LifecycleStatus Status,
    Deprecation? Deprecation,
    DateTimeOffset UpdatedAt,
    long Revision);
