using Gateway.Search;

namespace Gateway.CatalogApi.Search;

/// <summary>A <c>CatalogSearchEdge</c>: the hit's cursor, score and highlights, and the URN its node is read by.</summary>
public sealed record SearchEdge(string Cursor, string Urn, double Score, IReadOnlyList<SearchHighlight> Highlights);
