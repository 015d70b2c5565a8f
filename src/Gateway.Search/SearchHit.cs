namespace Gateway.Search;

/// <summary>
/// A matching product, its score, the cursor of its place in the results, and highlights: the matched parts of its
/// name, description, tags or fields (with the field's coordinate), matches wrapped in <c>&lt;em&gt;</c>.
/// </summary>
public sealed record SearchHit(string Urn, double Score, string Cursor, IReadOnlyList<SearchHighlight> Highlights);
