namespace Gateway.Search.Tests.Embedded;

/// <summary>Facets, highlights, typos and prefixes: how people find products without knowing their names.</summary>
[Collection(SearchIndexCollection.Name)]
public sealed class DiscoveryTests(SearchIndexFixture fixture)
{
    [Theory]
    [BothIndexes]
    public async Task Facets_count_every_match_not_only_the_page(IndexKind kind)
    {
        await using var under = await IndexedCorpus.CreateAsync(fixture, kind);

        var results = await under.Index.SearchAsync("crm", first: 1);

        Assert.Equal(5, results.TotalCount);
        Assert.Single(results.Hits);
        Assert.True(results.HasNextPage);
        var facets = results.Facets.ToDictionary(facet => facet.Field);
        Assert.Equal(["domain", "status", "owner", "classification", "tags"], results.Facets.Select(facet => facet.Field));
        Assert.Equal([new SearchFacetValue("marketing", 5)], facets["domain"].Values);
        Assert.Equal([new SearchFacetValue("lea", 4), new SearchFacetValue("omar", 1)], facets["owner"].Values);
        Assert.Equal(new SearchFacetValue("crm", 5), facets["tags"].Values[0]);
        Assert.Contains(new SearchFacetValue("analytics", 1), facets["tags"].Values);
    }

    [Theory]
    [BothIndexes]
    public async Task Filters_narrow_the_results_and_their_facets(IndexKind kind)
    {
        await using var under = await IndexedCorpus.CreateAsync(fixture, kind);

        var byDomain = await under.Index.SearchAsync("", filter: SearchFilter.None with { Domains = ["finance"] });
        var byTag = await under.Index.SearchAsync("", filter: SearchFilter.None with { Tags = ["listening", "music"] });
        var byOwnerAndStatus = await under.Index.SearchAsync("rates", filter: SearchFilter.None with { Owners = ["finn"], Statuses = ["Deprecated"] });

        Assert.Equal(8, byDomain.TotalCount);
        Assert.Equal([new SearchFacetValue("finance", 8)], byDomain.Facets[0].Values);
        Assert.Equal(6, byTag.TotalCount);
        Assert.Equal(["urn:dp:finance:exchange-rates-v1"], byOwnerAndStatus.Urns());
    }

    [Theory]
    [BothIndexes]
    public async Task Highlights_mark_the_matched_words_of_each_part(IndexKind kind)
    {
        await using var under = await IndexedCorpus.CreateAsync(fixture, kind);

        var hit = (await under.Index.SearchAsync("newsletter")).Hits[0];

        Assert.Equal("urn:dp:marketing:newsletter-subscribers", hit.Urn);
        Assert.Contains(new SearchHighlight("name", "<em>Newsletter</em> Subscribers"), hit.Highlights);
        Assert.Contains(hit.Highlights, highlight => highlight.Field == "description" && highlight.Fragment.Contains("the <em>newsletter</em>", StringComparison.Ordinal));
        Assert.Contains(hit.Highlights, highlight => highlight.Field == "field:Subscriber.emailAddress" && highlight.Fragment.Contains("the <em>newsletter</em> goes", StringComparison.Ordinal));
    }

    [Theory]
    [BothIndexes]
    public async Task Highlights_are_html_with_the_catalog_text_encoded(IndexKind kind)
    {
        await using var under = await fixture.CreateAsync(kind);
        await under.Index.IndexAsync(
            [Corpus.Product("sales", "markup", "Markup <script>alert(1)</script> report", "Uses <b>bold</b> & ampersands.", [])], IndexedCorpus.None);

        var hit = Assert.Single((await under.Index.SearchAsync("markup")).Hits);

        Assert.Contains(new SearchHighlight("name", "<em>Markup</em> &lt;script&gt;alert(1)&lt;/script&gt; report"), hit.Highlights);
    }

    [Theory]
    [BothIndexes]
    public async Task Mistyped_words_are_corrected_to_words_of_the_index(IndexKind kind)
    {
        await using var under = await IndexedCorpus.CreateAsync(fixture, kind);

        var transposed = await under.Index.SearchAsync("revneue region");
        var missing = await under.Index.SearchAsync("playlsts");
        var email = await under.Index.SearchAsync("emial");

        Assert.Equal("urn:dp:sales:daily-revenue", transposed.Hits[0].Urn);
        Assert.Equal("urn:dp:player:playlists", missing.Hits[0].Urn);
        Assert.Equal(4, email.TotalCount);
    }

    [Theory]
    [BothIndexes]
    public async Task Words_being_typed_match_as_prefixes(IndexKind kind)
    {
        await using var under = await IndexedCorpus.CreateAsync(fixture, kind);

        var results = await under.Index.SearchAsync("newsl subscr");

        Assert.Equal(["urn:dp:marketing:newsletter-subscribers"], results.Urns());
    }

    [Theory]
    [BothIndexes]
    public async Task Diacritics_and_case_do_not_matter(IndexKind kind)
    {
        await using var under = await IndexedCorpus.CreateAsync(fixture, kind);

        var results = await under.Index.SearchAsync("PÁYROLL");

        Assert.Equal(["urn:dp:finance:payroll"], results.Urns());
    }

    [Theory]
    [BothIndexes]
    public async Task Completions_offer_product_names_then_tags_terms_and_fields(IndexKind kind)
    {
        await using var under = await IndexedCorpus.CreateAsync(fixture, kind);

        var customer = await under.Index.SuggestAsync("Custo", 10, SearchViewer.Anonymous, IndexedCorpus.None);
        var email = await under.Index.SuggestAsync("ema", 10, SearchViewer.Anonymous, IndexedCorpus.None);

        Assert.Equal(
            [new SearchSuggestion("Customer Emails", "product", "urn:dp:marketing:customer-emails"),
             new SearchSuggestion("Customer Segments", "product", "urn:dp:marketing:customer-segments")],
            customer);
        Assert.Equal(
            [new SearchSuggestion("email", "field", null), new SearchSuggestion("Email Address", "term", null),
             new SearchSuggestion("email", "tag", null), new SearchSuggestion("emailAddress", "field", null)],
            email);
    }
}
