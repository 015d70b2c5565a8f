using Gateway.Catalog.Documents.Profile;

namespace Gateway.Catalog.Documents.Products;

/// <summary>An Open Data Product Standard v1.0 descriptor (<c>kind: DataProduct</c>) and our profile's reading of its customProperties.</summary>
public sealed record DataProductDescriptor(
    string ApiVersion,
    string Id,
    string? Name,
    string? Version,
    string Status,
    string? Domain,
    string? Tenant,
    DocumentDescription? Description,
    IReadOnlyList<string> Tags,
    IReadOnlyList<InputPort> InputPorts,
    IReadOnlyList<OutputPort> OutputPorts,
    IReadOnlyList<ManagementPort> ManagementPorts,
    IReadOnlyList<SupportChannel> Support,
    DocumentTeam? Team,
    IReadOnlyList<AuthoritativeDefinition> AuthoritativeDefinitions,
    IReadOnlyList<CustomProperty> CustomProperties,
    string? ProductCreatedTs,
    ProductProfile Profile);
