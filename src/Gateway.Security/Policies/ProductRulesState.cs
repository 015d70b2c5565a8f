using Gateway.Catalog.Documents.Contracts;
using Gateway.Catalog.Documents.Profile;
using Gateway.Catalog.Model;

namespace Gateway.Security.Policies;

/// <summary>
/// One product's field rules as loaded from the catalog: their status, the version whose contract they come from
/// and when it was read, and, when the current contract does not read, why (the reader's diagnostics).
/// </summary>
public sealed record ProductRulesState(
    ProductUrn Product,
    ProductRulesStatus Status,
    SemanticVersion? Version,
    DateTimeOffset? LoadedAt,
    string? Error)
{
    /// <summary>The contract whose rules are in force; null when <see cref="Status"/> is <see cref="ProductRulesStatus.Missing"/>.</summary>
    public DataContract? Contract { get; init; }
}
