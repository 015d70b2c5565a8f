using System.Text.Json.Nodes;
using Gateway.Catalog.Documents.Nodes;
using Gateway.Catalog.Documents.Profile;

namespace Gateway.Catalog.Documents.Contracts;

/// <summary>ODCS v3.1 <c>schema[].properties[]</c>: one field, its logical type, classification and rules.</summary>
public sealed record SchemaProperty(
    string Name,
    string? Id,
    string? LogicalType,
    string? PhysicalType,
    string? PhysicalName,
    string? Description,
    string? BusinessName,
    bool Required,
    bool Unique,
    bool PrimaryKey,
    string? Classification,
    bool CriticalDataElement,
    IReadOnlyList<string> TransformSourceObjects,
    string? TransformLogic,
    IReadOnlyList<JsonNode?> Examples,
    IReadOnlyList<string> Tags,
    IReadOnlyList<QualityRule> Quality,
    IReadOnlyList<SchemaProperty> Properties,
    SchemaProperty? Items,
    IReadOnlyList<CustomProperty> CustomProperties,
    PropertyProfile Profile,
    SourcePosition Position);
