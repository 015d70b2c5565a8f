using Gateway.Catalog.Storage.Postgres;
using Gateway.Catalog.Tests.Storage;
using Npgsql;

namespace Gateway.Tests.CatalogApi;

/// <summary>The catalog API over a real PostgreSQL 15 cluster: the same answers as on SQLite.</summary>
public sealed class PostgresCatalogApiTests
{
    [Fact]
    public async Task Listings_paging_detail_and_lineage_answer_as_on_sqlite()
    {
        await using var cluster = await PostgresCluster.StartAsync();
        await using var rig = await CatalogApiRig.StartAsync(await PostgresCatalogStore.OpenAsync(await cluster.CreateDatabaseAsync("catalog_api"), CancellationToken.None));

        var gold = await rig.CatalogAsync("""{ catalog { products(filter: {tag: "gold"}, orderBy: {field: NAME, direction: DESC}) { totalCount edges { node { urn } } } } }""");
        var firstPage = await rig.CatalogAsync("""{ catalog { products(filter: {domain: "bulk", owner: "odd@example.com"}, first: 10) { totalCount pageInfo { hasNextPage endCursor } edges { node { urn } } } } }""");
        var cursor = firstPage.GetProperty("products").GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var lastPage = await rig.CatalogAsync($$"""{ catalog { products(filter: {domain: "bulk", owner: "odd@example.com"}, first: 10, after: "{{cursor}}") { pageInfo { hasNextPage hasPreviousPage } edges { node { urn } } } } }""");
        var detail = await rig.CatalogAsync("""
            { catalog { product(urn: "urn:dp:finance:revenue") {
              currentVersion updatedAt
              upstream(depth: 3) { upstream { urn } depth }
              consumers: downstream { downstream { urn } } } } }
            """);
        var glossary = await rig.CatalogAsync("""{ catalog { glossary { domain name fields { product { urn } field } } } }""");
        var badCursor = await rig.BodyAsync("""{ catalog { products(after: "bm90IG91cnM") { totalCount } } }""");
        var returns = await rig.CatalogAsync("""{ catalog { product(urn: "urn:dp:sales:returns") { deprecation { sunset successor { urn } } } } }""");

        Assert.Equal("""{"products":{"totalCount":3,"edges":[{"node":{"urn":"urn:dp:finance:revenue"}},{"node":{"urn":"urn:dp:sales:orders"}},{"node":{"urn":"urn:dp:crm:customers"}}]}}""", gold.GetRawText());
        Assert.Equal(11, firstPage.GetProperty("products").GetProperty("totalCount").GetInt32());
        Assert.True(firstPage.GetProperty("products").GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.Equal(
            """{"products":{"pageInfo":{"hasNextPage":false,"hasPreviousPage":true},"edges":[{"node":{"urn":"urn:dp:bulk:item-21"}}]}}""",
            lastPage.GetRawText());
        var product = detail.GetProperty("product");
        Assert.Equal("1.0.0", product.GetProperty("currentVersion").GetString());
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7}Z$", product.GetProperty("updatedAt").GetString());
        Assert.Equal("""[{"upstream":{"urn":"urn:dp:sales:orders"},"depth":1},{"upstream":{"urn":"urn:dp:crm:customers"},"depth":2}]""", product.GetProperty("upstream").GetRawText());
        Assert.Equal("[]", product.GetProperty("consumers").GetRawText());
        Assert.Equal("""{"product":{"deprecation":{"sunset":"2099-12-31","successor":{"urn":"urn:dp:sales:orders"}}}}""", returns.GetRawText());
        Assert.Equal(
            """{"glossary":[{"domain":"crm","name":"Customer","fields":[{"product":{"urn":"urn:dp:crm:customers"},"field":"Customer.id"}]},{"domain":"sales","name":"Customer","fields":[{"product":{"urn":"urn:dp:sales:orders"},"field":"Order.customerEmail"}]}]}""",
            glossary.GetRawText());
        Assert.Contains("after: not a cursor of this listing", badCursor, StringComparison.Ordinal);
        NpgsqlConnection.ClearAllPools();
    }
}
