namespace Gateway.Catalog.Documents.Contracts;

/// <summary>ODCS v3.1 <c>schema[]</c>: a table, view, topic or (for us) GraphQL object type, and its properties.</summary>
public sealed record SchemaObject(
    string Name,
    string? Id,
    string? PhysicalName,
    string? PhysicalType,
    string? Description,
    string? BusinessName,
    string? DataGranularityDescription,
    IReadOnlyList<string> Tags,
    IReadOnlyList<SchemaProperty> Properties,
    IReadOnlyList<QualityRule> Quality,
    IReadOnlyList<CustomProperty> CustomProperties);
