namespace Gateway.Search;

/// <summary>
/// A search: words (typos tolerated), filters that narrow it (the facets), a page size and the cursor after which the
/// page starts. Retired products are left out unless <see cref="IncludeRetired"/>.
/// </summary>
public sealed record SearchQuery(string Text, SearchFilter Filter, int First = 20, string? After = null, bool IncludeRetired = false);
