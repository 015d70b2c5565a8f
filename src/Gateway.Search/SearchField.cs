namespace Gateway.Search;

/// <summary>A field of a product's contract: its GraphQL schema coordinate (<c>Type.field</c>), description and classification.</summary>
public sealed record SearchField(
    string Coordinate,
    string Name,
    string? Description,
    string? Classification,
    string? LogicalType,
    IReadOnlyList<string> GlossaryTerms);
