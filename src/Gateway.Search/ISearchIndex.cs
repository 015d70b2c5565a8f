namespace Gateway.Search;

/// <summary>
/// A full-text index over the catalog: products and every field of their contracts. Implementations: the embedded
/// index (SQLite FTS5 in the catalog's own file, or PostgreSQL full-text beside a PostgreSQL catalog) and
/// Elasticsearch. Writes come from the catalog's outbox (see the indexer), so the index never drifts from the catalog.
/// </summary>
public interface ISearchIndex : IAsyncDisposable
{
    /// <summary>Which implementation this is, for logs and the command line: <c>sqlite</c>, <c>postgres</c>, <c>elasticsearch</c>.</summary>
    string Kind { get; }

    /// <summary>Creates what the index needs (tables, templates, the alias) when it is missing; running it again does nothing.</summary>
    Task InitializeAsync(CancellationToken cancellationToken);

    /// <summary>Adds the products, or replaces them (with all their fields) when they are indexed already.</summary>
    Task IndexAsync(IReadOnlyList<SearchDocument> documents, CancellationToken cancellationToken);

    /// <summary>Removes products and their fields; URNs not in the index are ignored.</summary>
    Task RemoveAsync(IReadOnlyList<string> productUrns, CancellationToken cancellationToken);

    /// <summary>Ranked, faceted, highlighted results the viewer may see.</summary>
    Task<SearchResults> SearchAsync(SearchQuery query, SearchViewer viewer, CancellationToken cancellationToken);

    /// <summary>Completions of a prefix typed in a search box (product names, field names, tags, glossary terms), best first.</summary>
    Task<IReadOnlyList<SearchSuggestion>> SuggestAsync(string prefix, int max, SearchViewer viewer, CancellationToken cancellationToken);
}
