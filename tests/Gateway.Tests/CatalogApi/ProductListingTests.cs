using System.Text.Json;

namespace Gateway.Tests.CatalogApi;

public sealed class ProductListingTests : IClassFixture<SqliteCatalogApiFixture>
{
    private readonly CatalogApiRig _rig;

    public ProductListingTests(SqliteCatalogApiFixture fixture)
    {
        _rig = fixture.Rig;
    }

    [Fact]
    public async Task Every_filter_given_must_match()
    {
        var gold = await _rig.CatalogAsync("""{ catalog { products(filter: {tag: "gold"}) { totalCount edges { node { urn } } } } }""");
        var goldInSales = await _rig.CatalogAsync("""{ catalog { products(filter: {tag: "gold", domain: "sales"}) { totalCount edges { node { urn } } } } }""");
        var deprecated = await _rig.CatalogAsync("{ catalog { products(filter: {status: DEPRECATED}) { edges { node { urn status } } } } }");
        var owned = await _rig.CatalogAsync("""{ catalog { products(filter: {owner: "kim@example.com"}) { edges { node { urn owner } } } } }""");
        var aggregated = await _rig.CatalogAsync("{ catalog { products(filter: {classification: AGGREGATED}) { edges { node { urn classification } } } } }");
        var webShop = await _rig.CatalogAsync("""{ catalog { products(filter: {subDomain: "web-shop"}) { edges { node { urn subDomain } } } } }""");
        var none = await _rig.CatalogAsync("""{ catalog { products(filter: {domain: "crm", status: RETIRED}) { totalCount pageInfo { hasNextPage startCursor endCursor } edges { cursor } } } }""");

        Assert.Equal("""{"products":{"totalCount":3,"edges":[{"node":{"urn":"urn:dp:crm:customers"}},{"node":{"urn":"urn:dp:sales:orders"}},{"node":{"urn":"urn:dp:finance:revenue"}}]}}""", gold.GetRawText());
        Assert.Equal("""{"products":{"totalCount":1,"edges":[{"node":{"urn":"urn:dp:sales:orders"}}]}}""", goldInSales.GetRawText());
        Assert.Equal("""{"products":{"edges":[{"node":{"urn":"urn:dp:sales:returns","status":"DEPRECATED"}}]}}""", deprecated.GetRawText());
        Assert.Equal("""{"products":{"edges":[{"node":{"urn":"urn:dp:finance:revenue","owner":"kim@example.com"}}]}}""", owned.GetRawText());
        Assert.Equal("""{"products":{"edges":[{"node":{"urn":"urn:dp:finance:revenue","classification":"AGGREGATED"}}]}}""", aggregated.GetRawText());
        Assert.Equal("""{"products":{"edges":[{"node":{"urn":"urn:dp:sales:orders","subDomain":"web-shop"}}]}}""", webShop.GetRawText());
        Assert.Equal("""{"products":{"totalCount":0,"pageInfo":{"hasNextPage":false,"startCursor":null,"endCursor":null},"edges":[]}}""", none.GetRawText());
    }

    [Fact]
    public async Task Products_are_sorted_by_the_field_and_direction_asked()
    {
        var byNameDescending = await _rig.CatalogAsync("""{ catalog { products(filter: {tag: "gold"}, orderBy: {field: NAME, direction: DESC}) { edges { node { name } } } } }""");
        var byUrn = await _rig.CatalogAsync("""{ catalog { products(filter: {tag: "gold"}, orderBy: {field: URN}) { edges { node { urn } } } } }""");
        var byUpdate = await _rig.CatalogAsync("""{ catalog { products(filter: {tag: "gold"}, orderBy: {field: UPDATED_AT, direction: DESC}) { edges { node { urn updatedAt } } } } }""");

        Assert.Equal("""{"products":{"edges":[{"node":{"name":"revenue"}},{"node":{"name":"orders"}},{"node":{"name":"customers"}}]}}""", byNameDescending.GetRawText());
        Assert.Equal("""{"products":{"edges":[{"node":{"urn":"urn:dp:crm:customers"}},{"node":{"urn":"urn:dp:finance:revenue"}},{"node":{"urn":"urn:dp:sales:orders"}}]}}""", byUrn.GetRawText());
        var updates = byUpdate.GetProperty("products").GetProperty("edges").EnumerateArray().Select(edge => edge.GetProperty("node").GetProperty("updatedAt").GetString()!).ToList();
        Assert.Equal(updates.OrderDescending(StringComparer.Ordinal), updates);
        Assert.Equal("urn:dp:finance:revenue", byUpdate.GetProperty("products").GetProperty("edges")[0].GetProperty("node").GetProperty("urn").GetString());
    }

    [Theory]
    [InlineData("NAME", "ASC")]
    [InlineData("NAME", "DESC")]
    [InlineData("UPDATED_AT", "ASC")]
    [InlineData("URN", "DESC")]
    public async Task Paging_after_each_end_cursor_reaches_the_end_without_skipping_or_repeating(string field, string direction)
    {
        var seen = new List<string>();
        string? after = null;
        var pages = 0;
        while (true)
        {
            var afterArgument = after is null ? "" : $", after: \"{after}\"";
            var page = (await _rig.CatalogAsync(
                $$"""{ catalog { products(filter: {domain: "bulk"}, orderBy: {field: {{field}}, direction: {{direction}}}, first: 10{{afterArgument}}) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { urn } } } } }"""))
                .GetProperty("products");
            pages++;
            var edges = page.GetProperty("edges").EnumerateArray().ToList();
            var pageInfo = page.GetProperty("pageInfo");
            Assert.Equal(CatalogSeed.BulkProducts, page.GetProperty("totalCount").GetInt32());
            Assert.Equal(after is not null, pageInfo.GetProperty("hasPreviousPage").GetBoolean());
            Assert.Equal(edges[0].GetProperty("cursor").GetString(), pageInfo.GetProperty("startCursor").GetString());
            Assert.Equal(edges[^1].GetProperty("cursor").GetString(), pageInfo.GetProperty("endCursor").GetString());
            seen.AddRange(edges.Select(edge => edge.GetProperty("node").GetProperty("urn").GetString()!));
            if (!pageInfo.GetProperty("hasNextPage").GetBoolean())
            {
                break;
            }

            after = pageInfo.GetProperty("endCursor").GetString();
        }

        var expected = Enumerable.Range(0, CatalogSeed.BulkProducts).Select(i => $"urn:dp:bulk:item-{i:00}").ToList();
        if (direction == "DESC")
        {
            expected.Reverse();
        }

        Assert.Equal(3, pages);
        Assert.Equal(expected, seen);
    }

    [Fact]
    public async Task Filters_order_and_paging_arrive_as_variables_too()
    {
        var answer = await _rig.CatalogAsync(
            "query ($filter: CatalogProductFilter, $order: CatalogProductOrder, $first: Int) { catalog { products(filter: $filter, orderBy: $order, first: $first) { totalCount edges { node { urn } } } } }",
            new Dictionary<string, object?>
            {
                ["filter"] = new Dictionary<string, object?> { ["domain"] = "bulk", ["owner"] = "even@example.com" },
                ["order"] = new Dictionary<string, object?> { ["field"] = "URN", ["direction"] = "DESC" },
                ["first"] = 2,
            });

        Assert.Equal("""{"products":{"totalCount":12,"edges":[{"node":{"urn":"urn:dp:bulk:item-22"}},{"node":{"urn":"urn:dp:bulk:item-20"}}]}}""", answer.GetRawText());
    }

    [Fact]
    public async Task An_edge_cursor_continues_after_its_own_product()
    {
        var first = (await _rig.CatalogAsync("""{ catalog { products(filter: {domain: "bulk"}, first: 5) { edges { cursor node { urn } } } } }""")).GetProperty("products").GetProperty("edges");
        var cursor = first[1].GetProperty("cursor").GetString();

        var next = await _rig.CatalogAsync($$"""{ catalog { products(filter: {domain: "bulk"}, first: 2, after: "{{cursor}}") { edges { node { urn } } } } }""");

        Assert.Equal("""{"products":{"edges":[{"node":{"urn":"urn:dp:bulk:item-02"}},{"node":{"urn":"urn:dp:bulk:item-03"}}]}}""", next.GetRawText());
    }

    [Fact]
    public async Task Domains_and_glossary_are_listed_by_name()
    {
        var answer = await _rig.CatalogAsync("""{ catalog { domains { name parent description } glossary(domain: "sales") { domain name definition synonyms fields { product { urn } field } } } }""");

        var domains = answer.GetProperty("domains").EnumerateArray().ToList();
        Assert.Equal(["bulk", "crm", "finance", "sales", "web-shop"], domains.Select(domain => domain.GetProperty("name").GetString()));
        Assert.Equal("""{"name":"web-shop","parent":"sales","description":"The online shop."}""", domains[4].GetRawText());
        Assert.Equal(
            """[{"domain":"sales","name":"Customer","definition":"Someone who placed at least one order.","synonyms":["Buyer"],"fields":[{"product":{"urn":"urn:dp:sales:orders"},"field":"Order.customerEmail"}]}]""",
            answer.GetProperty("glossary").GetRawText());
    }
}
