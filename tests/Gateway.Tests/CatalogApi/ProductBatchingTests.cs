using Gateway.Catalog.Documents.Profile;
using Gateway.Catalog.Model;
using Gateway.Catalog.Storage;
using Gateway.Catalog.Storage.Sqlite;
using Gateway.CatalogApi;
using Gateway.CatalogApi.Products;
using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Language;

namespace Gateway.Tests.CatalogApi;

public sealed class ProductBatchingTests
{
    [Fact]
    public async Task The_products_one_level_of_an_answer_mentions_are_read_in_one_batch()
    {
        using var files = new TempDirectory();
        await using var store = await SqliteCatalogStore.OpenAsync(files.PathOf("catalog.db"), CancellationToken.None);
        await CatalogSeed.PublishAsync(store);
        var batches = new CountingBatchReader(store);
        var schema = new CatalogApiField([new ProductsModule(store, batches)]).BuildStandalone();

        // Three products, their lineage two hops up and down (eight edge ends), and a successor: one batch a level.
        var result = await Executor.ExecuteAsync(schema, new ExecutionRequest
        {
            Document = Parser.Parse("""
                { catalog {
                  products(filter: {tag: "gold"}) { edges { node {
                    upstream(depth: 2) { upstream { name } downstream { name } }
                    downstream(depth: 2) { upstream { name } downstream { name } } } } }
                  returns: product(urn: "urn:dp:sales:returns") { deprecation { successor { name } } } } }
                """),
        });

        // Without batching the eight edge ends alone would be eight reads; how the executor groups levels may merge them further.
        Assert.Empty(result.Errors);
        Assert.InRange(batches.Calls.Count, 1, 2);
        Assert.Equal(
            ["urn:dp:crm:customers", "urn:dp:finance:revenue", "urn:dp:sales:orders", "urn:dp:sales:returns"],
            batches.Calls.SelectMany(call => call).Select(urn => urn.ToString()).Order(StringComparer.Ordinal));
        Assert.Contains("\"returns\":{\"deprecation\":{\"successor\":{\"name\":\"orders\"}}}", result.ToJson(), StringComparison.Ordinal);
    }

    /// <summary>The store's batch reads, each call's URNs recorded.</summary>
    private sealed class CountingBatchReader(IProductBatchReader store) : IProductBatchReader
    {
        public List<IReadOnlyList<ProductUrn>> Calls { get; } = [];

        public Task<IReadOnlyList<DataProduct>> GetProductsAsync(IReadOnlyList<ProductUrn> urns, CancellationToken cancellationToken)
        {
            lock (Calls)
            {
                Calls.Add([.. urns]);
            }

            return store.GetProductsAsync(urns, cancellationToken);
        }

        public string CursorOf(DataProduct product, ProductSort sort) => store.CursorOf(product, sort);
    }
}
