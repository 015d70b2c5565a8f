using Gateway.Catalog.Documents.Profile;

namespace Gateway.Catalog.Model;

/// <summary>One published (or draft) version of a product, with the documents exactly as they were published.</summary>
public sealed record ProductVersion(
    ProductUrn Urn,
    SemanticVersion Version,
    LifecycleStatus Status,
    string DescriptorDocument,
    string? ContractDocument,
    string? SubgraphName,
    DateTimeOffset PublishedAt,
    string? PublishedBy);
