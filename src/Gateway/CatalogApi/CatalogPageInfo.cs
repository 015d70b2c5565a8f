namespace Gateway.CatalogApi;

/// <summary>The value of a <c>CatalogPageInfo</c> (Relay cursor connections), for every part's connections.</summary>
public sealed record CatalogPageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
