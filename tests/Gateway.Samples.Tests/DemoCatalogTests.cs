using Gateway.Catalog.Documents.Profile;
using Gateway.Catalog.Model;
using Gateway.Catalog.Storage.Sqlite;

namespace Gateway.Samples.Tests;

/// <summary><c>gateway serve --demo</c> publishes its three products through the publishing flow and serves the supergraph the catalog stored.</summary>
public sealed class DemoCatalogTests(DemoFixture demo) : IClassFixture<DemoFixture>
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task The_demo_catalog_holds_the_three_sample_products_and_the_served_supergraph()
    {
        await using var catalog = await SqliteCatalogStore.OpenAsync(Path.Combine(demo.DataDirectory, "demo-catalog.db"), None);

        var products = (await catalog.ListProductsAsync(new Catalog.Storage.ProductQuery(), None)).Items;
        var supergraph = (await catalog.GetLatestSupergraphAsync(None))!;

        Assert.Equal(
            ["urn:dp:player:play-events", "urn:dp:registration:registered-users", "urn:dp:sales:orders"],
            products.Select(product => product.Urn.ToString()).Order(StringComparer.Ordinal));
        Assert.All(products, product => Assert.Equal((LifecycleStatus.Published, new SemanticVersion(1, 0, 0)), (product.Status, product.CurrentVersion)));
        Assert.Equal(3, supergraph.Version);
        Assert.Equal(["player", "registration", "sales"], (await catalog.ListSubgraphsAsync(None)).Select(subgraph => subgraph.Name).Order(StringComparer.Ordinal));
        var history = Assert.Single(await catalog.ListHistoryAsync(ProductUrn.Parse("urn:dp:sales:orders"), None));
        Assert.Equal((ChangeKind.Published, "gateway serve --demo"), (history.Kind, history.Actor));
        Assert.Contains("published urn:dp:sales:orders 1.0.0", demo.Output.ToString(), StringComparison.Ordinal);
        var data = await demo.DataAsync("{ orders(limit: 1) { id buyer { name } } }");
        Assert.Equal(1, data.GetProperty("orders").GetArrayLength());
    }
}
