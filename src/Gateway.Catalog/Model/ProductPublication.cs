using Gateway.Catalog.Documents.Profile;

namespace Gateway.Catalog.Model;

/// <summary>
/// Everything one publish stores, in one transaction: the product's new current state, the version with
/// its documents, what the contract declares (ports, field sources, glossary links, quality rules,
/// service levels) and the product's subgraph. Built from the documents by <see cref="ProductPublicationBuilder"/>.
/// </summary>
public sealed record ProductPublication(
    ProductUrn Urn,
    string Domain,
    string? SubDomain,
    string Name,
    string? Description,
    string? Owner,
    string? Team,
    DataClassification Classification,
    IReadOnlyList<string> Tags,
    SemanticVersion Version,
    LifecycleStatus Status,
    string DescriptorDocument,
    string? ContractDocument,
    string? ContractId,
    IReadOnlyList<ProductPort> Ports,
    IReadOnlyList<FieldLineage> FieldSources,
    IReadOnlyList<GlossaryLink> GlossaryLinks,
    IReadOnlyList<QualityRuleRecord> QualityRules,
    IReadOnlyList<ServiceLevel> ServiceLevels,
    SubgraphEndpoint? Subgraph,
    string? Actor);
