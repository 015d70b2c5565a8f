namespace Gateway.Samples.Tests;

/// <summary><c>gateway serve --demo</c> answers the catalog API beside the sample data, read-only.</summary>
public sealed class DemoCatalogApiTests(DemoFixture demo) : IClassFixture<DemoFixture>
{
    [Fact]
    public async Task The_demo_serves_its_catalog_without_changes()
    {
        var data = await demo.DataAsync("""{ catalog { supergraphVersion products(orderBy: {field: URN}) { totalCount edges { node { urn status owner } } } } }""");
        var change = await demo.PostAsync("""mutation { catalog { retire(urn: "urn:dp:sales:orders") { stored } } }""");

        Assert.Equal(3, data.GetProperty("catalog").GetProperty("supergraphVersion").GetInt32());
        Assert.Equal(
            ["urn:dp:player:play-events", "urn:dp:registration:registered-users", "urn:dp:sales:orders"],
            data.GetProperty("catalog").GetProperty("products").GetProperty("edges").EnumerateArray().Select(edge => edge.GetProperty("node").GetProperty("urn").GetString()));
        Assert.False(change.TryGetProperty("data", out _), change.GetRawText());
    }

    [Fact]
    public async Task The_demo_catalog_is_searchable_once_its_outbox_is_indexed()
    {
        // The indexer follows the outbox in the background: the published products reach the index within moments.
        var deadline = DateTime.UtcNow.AddSeconds(60);
        System.Text.Json.JsonElement search;
        do
        {
            search = (await demo.DataAsync("""{ catalog { search(text: "orders", first: 5) { totalCount edges { node { urn } } } } }"""))
                .GetProperty("catalog").GetProperty("search");
            if (search.GetProperty("totalCount").GetInt32() > 0)
            {
                break;
            }

            await Task.Delay(200);
        }
        while (DateTime.UtcNow < deadline);

        Assert.Contains(
            "urn:dp:sales:orders",
            search.GetProperty("edges").EnumerateArray().Select(edge => edge.GetProperty("node").GetProperty("urn").GetString()));
    }
}
