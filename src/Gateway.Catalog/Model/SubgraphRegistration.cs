using Gateway.Catalog.Documents.Profile;

namespace Gateway.Catalog.Model;

/// <summary>A subgraph in the registry: the GraphQL output port of a product, its endpoint and SDL as last published.</summary>
public sealed record SubgraphRegistration(
    string Name,
    Uri Url,
    string Sdl,
    string OwnerDomain,
    ProductUrn Product,
    SemanticVersion Version,
    SubgraphStatus Status,
    DateTimeOffset UpdatedAt);
