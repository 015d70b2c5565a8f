namespace Gateway.Search.Tests.Embedded;

/// <summary>Drafts are seen by their owners only; retired products only when asked for; deprecated ones rank lower.</summary>
[Collection(SearchIndexCollection.Name)]
public sealed class PermissionTests(SearchIndexFixture fixture)
{
    [Theory]
    [BothIndexes]
    public async Task A_draft_is_found_only_by_its_owner_its_team_and_administrators(IndexKind kind)
    {
        await using var under = await IndexedCorpus.CreateAsync(fixture, kind);

        var anyone = await under.Index.SearchAsync("leads");
        var someoneElse = await under.Index.SearchAsync("leads", IndexedCorpus.Owner("lea"));
        var owner = await under.Index.SearchAsync("leads", IndexedCorpus.Owner("mia"));
        var team = await under.Index.SearchAsync("forecast", IndexedCorpus.Owner("finance-planning"));
        var administrator = await under.Index.SearchAsync("leads", new SearchViewer("admin", new HashSet<string>(), true));

        Assert.Equal(0, anyone.TotalCount);
        Assert.Equal(0, someoneElse.TotalCount);
        Assert.Equal(["urn:dp:marketing:sales-leads"], owner.Urns());
        Assert.Equal(["urn:dp:finance:revenue-forecast"], team.Urns());
        Assert.Equal(["urn:dp:marketing:sales-leads"], administrator.Urns());
    }

    [Theory]
    [BothIndexes]
    public async Task A_draft_shows_in_no_facet_and_no_completion_of_others(IndexKind kind)
    {
        await using var under = await IndexedCorpus.CreateAsync(fixture, kind);

        var browse = await under.Index.SearchAsync("");
        var names = await under.Index.SuggestAsync("sales le", 10, SearchViewer.Anonymous, IndexedCorpus.None);
        var owners = await under.Index.SuggestAsync("sales le", 10, IndexedCorpus.Owner("mia"), IndexedCorpus.None);

        Assert.DoesNotContain(browse.Facets.Single(facet => facet.Field == "status").Values, value => value.Value == "draft");
        Assert.DoesNotContain(browse.Facets.Single(facet => facet.Field == "owner").Values, value => value.Value == "mia");
        Assert.Empty(names);
        Assert.Equal([new SearchSuggestion("Sales Leads", "product", "urn:dp:marketing:sales-leads")], owners);
    }

    [Theory]
    [BothIndexes]
    public async Task A_retired_product_is_hidden_unless_asked_for(IndexKind kind)
    {
        await using var under = await IndexedCorpus.CreateAsync(fixture, kind);

        var hidden = await under.Index.SearchAsync("archive");
        var asked = await under.Index.SearchAsync("archive", includeRetired: true);

        Assert.Equal(0, hidden.TotalCount);
        Assert.Equal(["urn:dp:sales:revenue-archive"], asked.Urns());
    }

    [Theory]
    [BothIndexes]
    public async Task A_deprecated_product_ranks_below_its_published_twin_however_popular(IndexKind kind)
    {
        await using var under = await IndexedCorpus.CreateAsync(fixture, kind);

        var results = await under.Index.SearchAsync("exchange rates");

        Assert.Equal(["urn:dp:finance:exchange-rates", "urn:dp:finance:exchange-rates-v1"], results.Urns());
    }
}
