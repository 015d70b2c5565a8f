namespace Gateway.Search.Tests.Embedded;

[Collection(SearchIndexCollection.Name)]
public sealed class RelevanceTests(SearchIndexFixture fixture)
{
    [Theory]
    [BothIndexes]
    public async Task A_name_match_ranks_above_description_and_field_matches(IndexKind kind)
    {
        await using var under = await IndexedCorpus.CreateAsync(fixture, kind);

        var results = await under.Index.SearchAsync("customer email");

        Assert.Equal(["urn:dp:marketing:customer-emails", "urn:dp:sales:invoices"], results.Urns()[..2]);
    }

    [Theory]
    [BothIndexes]
    public async Task Products_exposing_an_email_are_found_by_their_fields(IndexKind kind)
    {
        await using var under = await IndexedCorpus.CreateAsync(fixture, kind);

        var results = await under.Index.SearchAsync("email");

        Assert.Equal(
            ["urn:dp:marketing:customer-emails", "urn:dp:marketing:newsletter-subscribers", "urn:dp:player:registered-users", "urn:dp:sales:invoices"],
            results.Urns().Order(StringComparer.Ordinal));
        var users = Assert.Single(results.Hits, hit => hit.Urn == "urn:dp:player:registered-users");
        var field = Assert.Single(users.Highlights, highlight => highlight.Field.StartsWith("field:", StringComparison.Ordinal));
        Assert.Equal("field:User.email", field.Field);
        Assert.Contains("<em>email</em>", field.Fragment, StringComparison.Ordinal);
        var invoices = Assert.Single(results.Hits, hit => hit.Urn == "urn:dp:sales:invoices");
        Assert.Contains(invoices.Highlights, highlight => highlight.Field == "field:Invoice.billingEmail");
    }

    [Theory]
    [BothIndexes]
    public async Task A_name_that_is_exactly_the_query_ranks_first(IndexKind kind)
    {
        await using var under = await IndexedCorpus.CreateAsync(fixture, kind);

        var results = await under.Index.SearchAsync("orders");

        Assert.Equal("urn:dp:sales:orders", results.Hits[0].Urn);
    }

    [Theory]
    [BothIndexes]
    public async Task Of_two_equal_matches_the_more_used_product_ranks_first(IndexKind kind)
    {
        await using var under = await IndexedCorpus.CreateAsync(fixture, kind);

        var results = await under.Index.SearchAsync("music catalogue");

        Assert.Equal(["urn:dp:player:artists", "urn:dp:player:tracks"], results.Urns());
    }

    [Theory]
    [BothIndexes]
    public async Task Of_two_equal_matches_the_better_quality_product_ranks_first(IndexKind kind)
    {
        await using var under = await IndexedCorpus.CreateAsync(fixture, kind);

        var results = await under.Index.SearchAsync("planned spend");

        Assert.Equal(["urn:dp:finance:cost-centres", "urn:dp:finance:budgets"], results.Urns());
    }

    [Theory]
    [BothIndexes]
    public async Task When_no_product_has_every_word_products_with_some_of_them_are_found(IndexKind kind)
    {
        await using var under = await IndexedCorpus.CreateAsync(fixture, kind);

        var results = await under.Index.SearchAsync("payroll spreadsheet");

        Assert.Equal(["urn:dp:finance:payroll"], results.Urns());
    }
}
