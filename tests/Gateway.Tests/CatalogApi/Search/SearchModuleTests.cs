using Gateway.Search;

namespace Gateway.Tests.CatalogApi.Search;

public sealed class SearchModuleTests
{
    [Fact]
    public async Task Search_answers_a_connection_with_total_facets_products_scores_and_highlights()
    {
        await using var catalog = await SearchApiCatalog.CreateAsync();

        var json = await catalog.QueryAsync("""
            { catalog { search(text: "order", first: 1) {
                totalCount
                facets { field values { value count } }
                edges { cursor node { urn name status } score highlights { field fragment } }
                pageInfo { hasNextPage hasPreviousPage endCursor } } } }
            """);

        Assert.StartsWith("""{"data":{"catalog":{"search":{"totalCount":2,"facets":[{"field":"domain","values":[{"value":"sales","count":2}]}""", json, StringComparison.Ordinal);
        Assert.Contains("""
            "node":{"urn":"urn:dp:sales:order-lines","name":"Order Lines","status":"PUBLISHED"}
            """.Trim(), json, StringComparison.Ordinal);
        Assert.Contains("""{"field":"name","fragment":"<em>Order</em> Lines"}""", json, StringComparison.Ordinal);
        Assert.Contains("\"hasNextPage\":true,\"hasPreviousPage\":false", json, StringComparison.Ordinal);
        Assert.DoesNotContain("errors", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_next_page_starts_after_the_cursor()
    {
        await using var catalog = await SearchApiCatalog.CreateAsync();
        var first = await catalog.Index.SearchAsync(new SearchQuery("order", SearchFilter.None, 1), SearchViewer.Anonymous, CancellationToken.None);

        var json = await catalog.QueryAsync($$"""{ catalog { search(text: "order", after: "{{first.Hits[0].Cursor}}") { edges { node { urn } } pageInfo { hasNextPage hasPreviousPage } } } }""");

        Assert.Equal(
            """{"data":{"catalog":{"search":{"edges":[{"node":{"urn":"urn:dp:sales:orders"}}],"pageInfo":{"hasNextPage":false,"hasPreviousPage":true}}}}}""",
            json);
    }

    [Fact]
    public async Task Filters_take_statuses_and_classifications_as_the_catalog_enums()
    {
        await using var catalog = await SearchApiCatalog.CreateAsync(new SearchViewer("c", new HashSet<string> { "mia" }, false));

        var json = await catalog.QueryAsync("""
            { catalog { search(text: "order", filter: { statuses: [DRAFT], classifications: [CLEAN], domains: ["sales"] }) { totalCount edges { node { urn } } } } }
            """);

        Assert.Equal("""{"data":{"catalog":{"search":{"totalCount":1,"edges":[{"node":{"urn":"urn:dp:sales:order-forecast"}}]}}}}""", json);
    }

    [Fact]
    public async Task Drafts_are_left_out_for_other_viewers()
    {
        await using var catalog = await SearchApiCatalog.CreateAsync();

        var json = await catalog.QueryAsync("""{ catalog { search(text: "forecast") { totalCount } } }""");

        Assert.Equal("""{"data":{"catalog":{"search":{"totalCount":0}}}}""", json);
    }

    [Fact]
    public async Task Suggest_completes_names_and_tags()
    {
        await using var catalog = await SearchApiCatalog.CreateAsync();

        var json = await catalog.QueryAsync("""{ catalog { suggest(prefix: "pla", first: 5) { text kind productUrn } } }""");

        Assert.Equal(
            """{"data":{"catalog":{"suggest":[{"text":"Play Events","kind":"PRODUCT","productUrn":"urn:dp:player:play-events"},{"text":"player","kind":"TAG","productUrn":null}]}}}""",
            json);
    }

    [Theory]
    [InlineData("""search(text: "order", first: 0) { totalCount }""", "1 to 100 hits")]
    [InlineData("""search(text: "order", first: 101) { totalCount }""", "1 to 100 hits")]
    [InlineData("""search(text: "order", after: "forged") { totalCount }""", "is not a cursor of a search")]
    [InlineData("""suggest(prefix: "o", first: 1000) { text }""", "1 to 100 entries")]
    public async Task Unusable_arguments_answer_a_bad_user_input_error_that_says_why(string field, string message)
    {
        await using var catalog = await SearchApiCatalog.CreateAsync();

        var json = await catalog.QueryAsync($"{{ catalog {{ {field} }} }}");

        Assert.Contains(message, json, StringComparison.Ordinal);
        Assert.Contains("\"code\":\"BAD_USER_INPUT\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Parameter", json, StringComparison.Ordinal);
    }
}
