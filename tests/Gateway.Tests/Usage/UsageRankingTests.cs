using Gateway.Catalog.Documents.Profile;
using Gateway.Search;
using Gateway.Search.Indexing;
using Gateway.Search.Sqlite;
using Gateway.Tests.Publishing;
using Gateway.Usage;
using Microsoft.AspNetCore.Builder;

namespace Gateway.Tests.Usage;

/// <summary>Search ranks by measured usage: real traffic through the gateway lifts a product above an equal one nobody queries.</summary>
public sealed class UsageRankingTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task A_product_with_traffic_ranks_above_an_equal_one_without()
    {
        using var meter = new ProductUsageMeter();
        await using var rig = await PublishingRig.StartAsync(usage: meter);
        await using var writer = new ProductUsageWriter(meter, rig.Store, run: false);
        await using var index = new SqliteSearchIndex(rig.SqliteCatalogPath);
        await index.InitializeAsync(None);
        var builder = new SearchDocumentBuilder(rig.Store, StoredProductUsageReader.Over(rig.Store));
        var indexer = new SearchIndexer(rig.Store, builder, index);
        var refresher = new UsageRankingRefresher(rig.Store, builder, index);
        var servers = new List<WebApplication>();
        try
        {
            // Two products alike in everything search reads but their names, of the same length.
            foreach (var name in (string[])["returns", "refunds"])
            {
                servers.Add(await RootFieldProducts.PublishAsync(rig, name));
            }

            await indexer.CatchUpAsync(None);
            var before = await SearchAsync(index);
            Assert.Equal(before[0].Score, before[1].Score);
            var quiet = before[0].Urn;
            var busy = before[1].Urn;
            var field = ProductUrn.Parse(busy).Name + "Count";

            for (var i = 0; i < 5; i++)
            {
                Assert.Contains($"{field}-value", (await rig.Gateway.QueryAsync($"{{ {field} }}")).Body, StringComparison.Ordinal);
            }

            await writer.FlushAsync(None);
            Assert.Equal(1, await refresher.RefreshAsync(None));

            var after = await SearchAsync(index);
            Assert.Equal([busy, quiet], after.Select(hit => hit.Urn));
            Assert.True(after[0].Score > after[1].Score);
            Assert.Equal(0, await refresher.RefreshAsync(None));
        }
        finally
        {
            foreach (var server in servers)
            {
                await server.DisposeAsync();
            }
        }
    }

    private static async Task<IReadOnlyList<SearchHit>> SearchAsync(ISearchIndex index) =>
        (await index.SearchAsync(new SearchQuery("shop", SearchFilter.None), SearchViewer.Anonymous, None)).Hits;
}
