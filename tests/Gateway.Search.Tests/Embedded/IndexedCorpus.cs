namespace Gateway.Search.Tests.Embedded;

/// <summary>Shorthands for the index tests: the corpus indexed, searches as anyone, hits as URNs.</summary>
public static class IndexedCorpus
{
    public static readonly CancellationToken None = CancellationToken.None;

    public static async Task<IndexUnderTest> CreateAsync(SearchIndexFixture fixture, IndexKind kind)
    {
        var under = await fixture.CreateAsync(kind);
        await under.Index.IndexAsync(Corpus.Products, None);
        return under;
    }

    public static Task<SearchResults> SearchAsync(this ISearchIndex index, string text, SearchViewer? viewer = null, SearchFilter? filter = null, int first = 20, string? after = null, bool includeRetired = false) =>
        index.SearchAsync(new SearchQuery(text, filter ?? SearchFilter.None, first, after, includeRetired), viewer ?? SearchViewer.Anonymous, None);

    public static List<string> Urns(this SearchResults results)
    {
        var urns = new List<string>();
        foreach (var hit in results.Hits)
        {
            urns.Add(hit.Urn);
        }

        return urns;
    }

    public static SearchViewer Owner(params string[] names) => new("client", new HashSet<string>(names, StringComparer.Ordinal), false);
}
