using Gateway.Search.Elasticsearch;
using Microsoft.AspNetCore.Http;

namespace Gateway.Search.Tests.Elasticsearch;

/// <summary>The Elasticsearch index against recorded 8.x answers; what it sends is compared with the snapshots.</summary>
public sealed class ElasticsearchSearchIndexTests
{
    private static readonly SearchViewer Carol = new("catalog-ui", new HashSet<string>(StringComparer.Ordinal) { "player-team", "carol" }, false);
    private static readonly SearchViewer Administrator = new("ops", new HashSet<string>(StringComparer.Ordinal), true);

    [Fact]
    public async Task Initialize_puts_the_template_and_creates_the_first_index_behind_the_alias()
    {
        await using var rig = await ElasticsearchRig.ReplayAsync("initialize-on-empty-cluster");

        await rig.Index.InitializeAsync(CancellationToken.None);

        rig.AssertRequestsMatchSnapshot("initialize-on-empty-cluster");
    }

    [Fact]
    public async Task Initialize_accepts_the_first_index_another_gateway_created_a_moment_before()
    {
        await using var rig = await ElasticsearchRig.ReplayAsync("initialize-racing-another-gateway");

        await rig.Index.InitializeAsync(CancellationToken.None);

        rig.Server.AssertEveryExchangeServed();
    }

    [Fact]
    public async Task Initialize_leaves_an_existing_alias_and_its_index_alone()
    {
        await using var rig = await ElasticsearchRig.ReplayAsync("initialize-with-alias");

        await rig.Index.InitializeAsync(CancellationToken.None);

        rig.Server.AssertEveryExchangeServed();
        Assert.Equal(["PUT /_index_template/dp-products", "GET /_alias/dp-products"], rig.Server.Requests.Select(r => $"{r.Method} {r.Path}"));
    }

    [Fact]
    public async Task Initialize_refuses_an_alias_over_two_indexes_and_says_how_to_repair_it()
    {
        await using var rig = await ElasticsearchRig.ReplayAsync("initialize-with-alias-over-two-indexes");

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => rig.Index.InitializeAsync(CancellationToken.None));

        Assert.Equal(
            "The Elasticsearch alias 'dp-products' points to 2 indexes (dp-products-20261101080000000, dp-products-20261115120000000); it must point to one. " +
            "Run `gateway search reindex` to build one index and move the alias to it.",
            failure.Message);
    }

    [Fact]
    public async Task A_configured_alias_names_the_template_its_index_patterns_and_the_first_index()
    {
        await using var server = await RecordedElasticsearch.AnswerWithAsync(async context =>
        {
            context.Response.StatusCode = context.Request.Method == "GET" ? 404 : 200;
            await context.Response.WriteAsync(context.Request.Method == "GET" ? """{"error":"alias [catalog] missing","status":404}""" : """{"acknowledged":true}""");
        });
        await using var rig = ElasticsearchRig.Over(server, s => s with { Alias = "catalog" });

        await rig.Index.InitializeAsync(CancellationToken.None);

        Assert.Equal(
            ["PUT /_index_template/catalog", "GET /_alias/catalog", "PUT /catalog-initial"],
            server.Requests.Select(r => $"{r.Method} {r.Path}"));
        Assert.Equal("""["catalog-*"]""", server.Requests[0].Body!["index_patterns"]!.ToJsonString());
        Assert.Equal("""{"aliases":{"catalog":{}}}""", server.Requests[2].Body!.ToJsonString());
    }

    [Fact]
    public async Task Products_are_bulk_indexed_through_the_alias_with_their_fields_in_one_document_each()
    {
        await using var rig = await ElasticsearchRig.ReplayAsync("bulk-index");

        await rig.Index.IndexAsync([TestProducts.RegisteredUsers, TestProducts.Orders], CancellationToken.None);

        rig.AssertRequestsMatchSnapshot("bulk-index");
    }

    [Fact]
    public async Task A_partial_bulk_failure_names_each_product_that_was_not_indexed()
    {
        await using var rig = await ElasticsearchRig.ReplayAsync("bulk-partial-failure");

        var failure = await Assert.ThrowsAsync<ElasticsearchException>(
            () => rig.Index.IndexAsync([TestProducts.RegisteredUsers, TestProducts.Orders], CancellationToken.None));

        Assert.Equal(ElasticsearchFailureKind.PartialBulkFailure, failure.Kind);
        var item = Assert.Single(failure.FailedItems);
        Assert.Equal("urn:dp:sales:orders", item.Id);
        Assert.Equal(400, item.Status);
        Assert.Equal(BulkItemOutcome.Failed, item.Outcome);
        Assert.Equal("document_parsing_exception", item.ErrorType);
        Assert.StartsWith(
            "1 of 2 product(s) were not indexed in 'dp-products': urn:dp:sales:orders: 400 document_parsing_exception: [1:380] failed to parse field [updated_at]",
            failure.Message);
        Assert.False(failure.IsTransient);
    }

    [Fact]
    public async Task Removing_a_product_the_index_does_not_hold_is_not_an_error()
    {
        await using var server = await RecordedElasticsearch.AnswerWithAsync(async context =>
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("""
                {"took":2,"errors":false,"items":[{"delete":{"_index":"dp-products-20261101080000000","_id":"urn:dp:gone:product","_version":1,"result":"not_found",
                "_shards":{"total":2,"successful":1,"failed":0},"status":404,"_seq_no":3,"_primary_term":1}}]}
                """);
        });
        await using var rig = ElasticsearchRig.Over(server);

        await rig.Index.RemoveAsync(["urn:dp:gone:product"], CancellationToken.None);

        var request = Assert.Single(server.Requests);
        Assert.Equal("POST /dp-products/_bulk", $"{request.Method} {request.Path}");
        Assert.Equal("{\"delete\":{\"_id\":\"urn:dp:gone:product\"}}\n", request.RawBody);
    }

    [Fact]
    public async Task Large_writes_are_split_into_bulks_of_the_configured_size()
    {
        var bulks = 0;
        await using var server = await RecordedElasticsearch.AnswerWithAsync(async context =>
        {
            Interlocked.Increment(ref bulks);
            using var reader = new StreamReader(context.Request.Body);
            var lines = (await reader.ReadToEndAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
            var items = string.Join(",", lines.Where(l => l.StartsWith("{\"delete\"", StringComparison.Ordinal)).Select(_ => """{"delete":{"_id":"x","status":200,"result":"deleted"}}"""));
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync($$"""{"took":1,"errors":false,"items":[{{items}}]}""");
        });
        await using var rig = ElasticsearchRig.Over(server, s => s with { BulkBatchSize = 2 });

        await rig.Index.RemoveAsync(["urn:a", "urn:b", "urn:c", "urn:d", "urn:e"], CancellationToken.None);

        Assert.Equal(3, server.Requests.Count);
        Assert.Equal(["urn:e"], server.Requests[2].Body!.AsArray().Select(line => (string)line!["delete"]!["_id"]!));
    }

    [Fact]
    public async Task Search_ranks_fuzzy_boosted_matches_and_reads_facets_highlights_and_cursors()
    {
        await using var rig = await ElasticsearchRig.ReplayAsync("search-email-two-pages");
        var filter = SearchFilter.None with { Domains = ["marketing", "player", "registration"], Classifications = ["confidential", "internal"] };

        var first = await rig.Index.SearchAsync(new SearchQuery("email", filter, First: 2), Carol, CancellationToken.None);

        Assert.Equal(3, first.TotalCount);
        Assert.True(first.HasNextPage);
        Assert.Equal(["urn:dp:registration:registered-users", "urn:dp:marketing:campaigns"], first.Hits.Select(h => h.Urn));
        Assert.Equal(14.273621, first.Hits[0].Score);
        Assert.Equal(
            [
                new SearchHighlight("keywords", "Customer <em>Email</em>"),
                new SearchHighlight("field:User.email", "<em>email</em>"),
                new SearchHighlight("field:User.email", "<em>User.email</em>"),
            ],
            first.Hits[0].Highlights);
        Assert.Equal(
            [
                new SearchHighlight("name", "<em>Email</em> Campaigns"),
                new SearchHighlight("description", "Sends and opens of every <em>email</em> campaign &amp; newsletter."),
            ],
            first.Hits[1].Highlights);
        Assert.Equal(["domain", "status", "owner", "classification", "tags"], first.Facets.Select(f => f.Field));
        Assert.Equal([new SearchFacetValue("pii", 2), new SearchFacetValue("customers", 1)], first.Facets[4].Values);
        Assert.Equal([new SearchFacetValue("published", 2), new SearchFacetValue("draft", 1)], first.Facets[1].Values);

        var second = await rig.Index.SearchAsync(new SearchQuery("email", filter, First: 2, After: first.Hits[1].Cursor), Carol, CancellationToken.None);

        Assert.False(second.HasNextPage);
        Assert.Equal(["urn:dp:player:play-events"], second.Hits.Select(h => h.Urn));
        rig.AssertRequestsMatchSnapshot("search-email-two-pages");
    }

    [Fact]
    public async Task Browsing_without_words_ranks_everything_visible_and_an_administrator_may_include_retired_products()
    {
        await using var rig = await ElasticsearchRig.ReplayAsync("browse-as-administrator");

        var results = await rig.Index.SearchAsync(
            new SearchQuery("  ", SearchFilter.None with { Domains = ["sales"], Statuses = ["deprecated", "retired"] }, First: 10, IncludeRetired: true),
            Administrator,
            CancellationToken.None);

        var hit = Assert.Single(results.Hits);
        Assert.Equal("urn:dp:sales:orders", hit.Urn);
        Assert.Empty(hit.Highlights);
        Assert.False(results.HasNextPage);
        rig.AssertRequestsMatchSnapshot("browse-as-administrator");
    }

    [Fact]
    public async Task Anonymous_searches_see_only_public_products()
    {
        await using var rig = await ElasticsearchRig.ReplayAsync("search-rate-limited-then-answered");

        await rig.Index.SearchAsync(new SearchQuery("orders", SearchFilter.None), SearchViewer.Anonymous, CancellationToken.None);

        var filters = rig.Server.Requests[^1].Body!["query"]!["function_score"]!["query"]!["bool"]!["filter"]!.AsArray();
        Assert.Equal("""[{"terms":{"visibility":["public"]}}]""", filters.ToJsonString());
    }

    [Fact]
    public async Task A_cursor_this_index_did_not_hand_out_is_refused_before_any_request()
    {
        await using var server = await RecordedElasticsearch.AnswerWithAsync(_ => Task.CompletedTask);
        await using var rig = ElasticsearchRig.Over(server);

        var failure = await Assert.ThrowsAsync<ArgumentException>(
            () => rig.Index.SearchAsync(new SearchQuery("email", SearchFilter.None, After: "bm90LWEtY3Vyc29y"), SearchViewer.Anonymous, CancellationToken.None));

        Assert.StartsWith("'after' is not a cursor of a search", failure.Message);
        Assert.Empty(server.Requests);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public async Task A_page_size_outside_1_to_100_is_refused_before_any_request(int first)
    {
        await using var server = await RecordedElasticsearch.AnswerWithAsync(_ => Task.CompletedTask);
        await using var rig = ElasticsearchRig.Over(server);

        var failure = await Assert.ThrowsAsync<ArgumentException>(
            () => rig.Index.SearchAsync(new SearchQuery("email", SearchFilter.None, First: first), SearchViewer.Anonymous, CancellationToken.None));

        Assert.StartsWith($"A search page holds 1 to 100 hits; 'first' was {first}.", failure.Message);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task Product_names_are_suggested_first_then_words_best_first_and_only_products_lead_to_one()
    {
        await using var rig = await ElasticsearchRig.ReplayAsync("suggest");

        var suggestions = await rig.Index.SuggestAsync("em", 4, Carol, CancellationToken.None);

        Assert.Equal(
            [
                new SearchSuggestion("Email Campaigns", "product", "urn:dp:marketing:campaigns"),
                new SearchSuggestion("email", "field", null),
                new SearchSuggestion("Email Address", "term", null),
                new SearchSuggestion("emea", "tag", null),
            ],
            suggestions);
        rig.AssertRequestsMatchSnapshot("suggest");
    }

    [Fact]
    public async Task An_empty_prefix_suggests_nothing_without_asking_elasticsearch()
    {
        await using var server = await RecordedElasticsearch.AnswerWithAsync(_ => Task.CompletedTask);
        await using var rig = ElasticsearchRig.Over(server);

        Assert.Empty(await rig.Index.SuggestAsync(" ", 5, Carol, CancellationToken.None));
        Assert.Empty(server.Requests);
    }
}
