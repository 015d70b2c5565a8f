namespace Gateway.Search;

/// <summary>One page of results: the total the query matches, the facets over all of them, and the page's hits.</summary>
public sealed record SearchResults(long TotalCount, IReadOnlyList<SearchFacet> Facets, IReadOnlyList<SearchHit> Hits, bool HasNextPage);
