using Gateway.Catalog.Documents.Profile;
using Gateway.Catalog.Model;
using Gateway.Catalog.Storage;
using Gateway.Catalog.Storage.Sqlite;
using Gateway.CatalogApi.Search;
using Gateway.Search;
using Gateway.Tests.Registry;
using Microsoft.Extensions.Logging.Abstractions;

namespace Gateway.Tests.CatalogApi.Search;

public sealed class SearchIndexerServiceTests : IDisposable
{
    private readonly TempDirectory _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task A_product_published_while_the_gateway_serves_becomes_searchable()
    {
        var settings = new CatalogStoreSettings { DataDirectory = _files.Path };
        await using var store = await SqliteCatalogStore.OpenAsync(Path.Combine(_files.Path, SqliteCatalogStore.FileName), CancellationToken.None);
        await Publish(store, "orders", "Orders");
        await using var service = await SearchIndexerService.StartAsync(store, settings, NullLogger.Instance, CancellationToken.None);

        await Publish(store, "refunds", "Refunds");

        await Eventually.HoldsAsync(async () => (await Search(service.Index, "refunds")).TotalCount == 1);
        Assert.Equal(1, (await Search(service.Index, "orders")).TotalCount);
        Assert.Equal("sqlite", service.Index.Kind);
    }

    private static Task<SearchResults> Search(ISearchIndex index, string text) =>
        index.SearchAsync(new SearchQuery(text, SearchFilter.None), SearchViewer.Anonymous, CancellationToken.None);

    private static Task Publish(SqliteCatalogStore store, string name, string title)
    {
        var urn = new ProductUrn("sales", name);
        return store.PublishAsync(
            new ProductPublication(
                urn, "sales", null, title, $"The {title} product.", "ana", null, DataClassification.Clean, [], SemanticVersion.Parse("1.0.0"),
                LifecycleStatus.Published, $"descriptor of {urn}", null, null, [], [], [], [], [], null, "test"),
            0, CancellationToken.None);
    }
}
