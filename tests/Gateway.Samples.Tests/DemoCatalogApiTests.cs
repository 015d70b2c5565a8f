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
}
