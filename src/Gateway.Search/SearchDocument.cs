namespace Gateway.Search;

/// <summary>
/// One product as the index holds it: what people search by (name, description, domain, owner, tags, glossary
/// terms, classification, status) and every field of its contract, plus the signals ranking uses (usage, quality).
/// </summary>
public sealed record SearchDocument(
    string Urn,
    string Name,
    string? Description,
    string Domain,
    string? Owner,
    string? Team,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> GlossaryTerms,
    string Classification,
    string Status,
    string Version,
    double Usage,
    double? Quality,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<SearchField> Fields);
