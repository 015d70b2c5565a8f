using Gateway.Search;

namespace Gateway.CatalogApi.Search;

/// <summary>A <c>CatalogSearchConnection</c>: one page of results as a Relay cursor connection with its total and facets.</summary>
public sealed record SearchConnection(int TotalCount, IReadOnlyList<SearchFacet> Facets, IReadOnlyList<SearchEdge> Edges, IReadOnlyDictionary<string, object?> PageInfo)
{
    public static SearchConnection From(SearchResults results, bool hasPrevious)
    {
        ArgumentNullException.ThrowIfNull(results);
        var edges = new SearchEdge[results.Hits.Count];
        for (var i = 0; i < edges.Length; i++)
        {
            var hit = results.Hits[i];
            edges[i] = new SearchEdge(hit.Cursor, hit.Urn, hit.Score, hit.Highlights);
        }

        var pageInfo = new Dictionary<string, object?>
        {
            ["hasNextPage"] = results.HasNextPage,
            ["hasPreviousPage"] = hasPrevious,
            ["startCursor"] = edges.Length > 0 ? edges[0].Cursor : null,
            ["endCursor"] = edges.Length > 0 ? edges[^1].Cursor : null,
        };
        return new SearchConnection((int)Math.Min(int.MaxValue, results.TotalCount), results.Facets, edges, pageInfo);
    }
}
