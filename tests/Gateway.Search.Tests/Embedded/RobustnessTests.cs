using Gateway.Search.Embedded;

namespace Gateway.Search.Tests.Embedded;

/// <summary>Queries people (and attackers) type: operators of the index's query syntax, SQL, huge and odd text; paging; changes.</summary>
[Collection(SearchIndexCollection.Name)]
public sealed class RobustnessTests(SearchIndexFixture fixture)
{
    private static readonly string[] HostileQueries =
    [
        "\"", "\"unbalanced", "*", "email*", "-email", "NEAR(email orders)", "email AND OR NOT", "col:email", "name: orders",
        "^orders", "(orders", "orders)", "'; DROP TABLE search_products; --", "' OR 1=1 --", "!orders & | :*", "email:* & (",
        "\\", "\u0000", "\u0002\u0003", "🎵 数据 Ünïcödé ñandú", "\u202Eemail", new string('a', 10_000),
        string.Concat(Enumerable.Repeat("orders email ", 900)), "   ", "",
    ];

    [Theory]
    [BothIndexes]
    public async Task Any_text_is_answered_without_an_error(IndexKind kind)
    {
        await using var under = await IndexedCorpus.CreateAsync(fixture, kind);

        foreach (var text in HostileQueries)
        {
            var results = await under.Index.SearchAsync(text);
            var suggestions = await under.Index.SuggestAsync(text, 10, SearchViewer.Anonymous, IndexedCorpus.None);

            Assert.True(results.TotalCount >= results.Hits.Count, text);
            Assert.NotNull(suggestions);
        }

        Assert.Equal(28, await CountAsync(under.Index));
        Assert.Equal(["urn:dp:sales:orders"], (await under.Index.SearchAsync("(orders")).Urns()[..1]);
    }

    [Theory]
    [BothIndexes]
    public async Task Operators_in_a_query_are_words_not_syntax(IndexKind kind)
    {
        await using var under = await IndexedCorpus.CreateAsync(fixture, kind);

        var results = await under.Index.SearchAsync("NOT payroll");

        Assert.Equal(["urn:dp:finance:payroll"], results.Urns());
    }

    [Theory]
    [BothIndexes]
    public async Task A_cursor_that_is_not_one_is_refused_with_a_reason(IndexKind kind)
    {
        await using var under = await IndexedCorpus.CreateAsync(fixture, kind);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => under.Index.SearchAsync("orders", after: "not-a-cursor'; --"));

        Assert.Contains("is not a cursor", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [BothIndexes]
    public async Task Paging_with_cursors_visits_every_result_once_in_order(IndexKind kind)
    {
        await using var under = await IndexedCorpus.CreateAsync(fixture, kind);
        var whole = await under.Index.SearchAsync("", first: 100);

        var paged = new List<string>();
        string? after = null;
        for (var pages = 0; pages < 20; pages++)
        {
            var page = await under.Index.SearchAsync("", first: 7, after: after);
            paged.AddRange(page.Urns());
            Assert.Equal(whole.TotalCount, page.TotalCount);
            if (!page.HasNextPage)
            {
                break;
            }

            after = page.Hits[^1].Cursor;
        }

        Assert.Equal(whole.Urns(), paged);
        Assert.Equal(whole.TotalCount, paged.Count);
    }

    [Theory]
    [BothIndexes]
    public async Task Reindexing_a_product_replaces_its_text_tags_and_completions(IndexKind kind)
    {
        await using var under = await IndexedCorpus.CreateAsync(fixture, kind);
        var renamed = Corpus.Get("urn:dp:finance:payroll") with { Name = "Salaries", Tags = ["compensation"] };

        await under.Index.IndexAsync([renamed], IndexedCorpus.None);

        Assert.Equal(0, (await under.Index.SearchAsync("payroll")).TotalCount);
        Assert.Equal(["urn:dp:finance:payroll"], (await under.Index.SearchAsync("salaries")).Urns());
        Assert.Empty(await under.Index.SuggestAsync("hr", 10, SearchViewer.Anonymous, IndexedCorpus.None));
        Assert.Equal(
            [new SearchSuggestion("compensation", "tag", null)],
            await under.Index.SuggestAsync("compens", 10, SearchViewer.Anonymous, IndexedCorpus.None));
        Assert.Equal(28, await CountAsync(under.Index));
    }

    [Theory]
    [BothIndexes]
    public async Task A_removed_product_is_no_longer_found_or_suggested(IndexKind kind)
    {
        await using var under = await IndexedCorpus.CreateAsync(fixture, kind);

        await under.Index.RemoveAsync(["urn:dp:finance:payroll", "urn:dp:nowhere:unknown"], IndexedCorpus.None);

        Assert.Equal(0, (await under.Index.SearchAsync("payroll")).TotalCount);
        Assert.Equal(0, (await under.Index.SearchAsync("salaries")).TotalCount);
        Assert.Empty(await under.Index.SuggestAsync("pay", 10, SearchViewer.Anonymous, IndexedCorpus.None));
        Assert.Equal(27, await CountAsync(under.Index));
    }

    [Theory]
    [BothIndexes]
    public async Task A_page_size_out_of_range_is_refused(IndexKind kind)
    {
        await using var under = await fixture.CreateAsync(kind);

        await Assert.ThrowsAsync<ArgumentException>(() => under.Index.SearchAsync("orders", first: 0));
        await Assert.ThrowsAsync<ArgumentException>(() => under.Index.SearchAsync("orders", first: EmbeddedSearchIndex.MaxPageSize + 1));
    }

    /// <summary>How many products anonymous browsing sees: the corpus's 31 less its two drafts and its retired product, 28.</summary>
    private static async Task<long> CountAsync(ISearchIndex index) => (await index.SearchAsync("")).TotalCount;
}
