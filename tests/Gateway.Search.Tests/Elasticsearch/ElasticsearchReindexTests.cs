using Gateway.Catalog.Documents.Profile;
using Gateway.Catalog.Model;
using Gateway.Catalog.Storage.Sqlite;
using Gateway.Search.Elasticsearch;
using Gateway.Search.Indexing;
using Gateway.Search.Tests.Indexing;

namespace Gateway.Search.Tests.Elasticsearch;

/// <summary><c>gateway search reindex</c> against recorded 8.x answers: a new index, loaded, then one atomic alias swap.</summary>
public sealed class ElasticsearchReindexTests
{
    [Fact]
    public async Task Reindex_loads_a_new_index_then_swaps_the_alias_atomically_and_deletes_the_old_index()
    {
        await using var rig = await ElasticsearchRig.ReplayAsync("reindex", s => s with { BulkBatchSize = 2 });

        var result = await rig.Index.ReindexAsync(Products(TestProducts.RegisteredUsers, TestProducts.Orders, TestProducts.PlayEventsDraft), CancellationToken.None);

        Assert.Equal("dp-products-20261121103000123", result.Index);
        Assert.Equal(3, result.Documents);
        Assert.Equal(["dp-products-20261101080000000"], result.PreviousIndices);
        Assert.Empty(result.PreviousIndicesNotDeleted);
        rig.AssertRequestsMatchSnapshot("reindex");
    }

    [Fact]
    public async Task The_first_reindex_adds_the_alias_without_removing_anything()
    {
        await using var rig = await ElasticsearchRig.ReplayAsync("reindex-without-alias");

        var result = await rig.Index.ReindexAsync(Products(TestProducts.RegisteredUsers), CancellationToken.None);

        Assert.Equal(1, result.Documents);
        Assert.Empty(result.PreviousIndices);
        rig.AssertRequestsMatchSnapshot("reindex-without-alias");
    }

    [Fact]
    public async Task A_reindex_whose_load_fails_deletes_the_new_index_and_leaves_the_alias_alone()
    {
        await using var rig = await ElasticsearchRig.ReplayAsync("reindex-load-fails");

        var failure = await Assert.ThrowsAsync<ElasticsearchException>(
            () => rig.Index.ReindexAsync(Products(TestProducts.RegisteredUsers, TestProducts.Orders), CancellationToken.None));

        Assert.Equal(ElasticsearchFailureKind.PartialBulkFailure, failure.Kind);
        Assert.Equal("urn:dp:sales:orders", Assert.Single(failure.FailedItems).Id);
        rig.Server.AssertEveryExchangeServed();
        Assert.Equal("DELETE /dp-products-20261121103000123", $"{rig.Server.Requests[^1].Method} {rig.Server.Requests[^1].Path}");
        Assert.DoesNotContain(rig.Server.Requests, request => request.Path == "/_aliases");
    }

    [Fact]
    public async Task A_product_published_while_the_new_index_loads_is_replayed_into_it_after_the_swap()
    {
        var folder = Directory.CreateTempSubdirectory("reindex-replay-");
        try
        {
            await using var catalog = await SqliteCatalogStore.OpenAsync(
                Path.Combine(folder.FullName, SqliteCatalogStore.FileName), CancellationToken.None, new FixedCatalogClock(ElasticsearchRig.Now));
            await catalog.PublishAsync(CatalogSamples.Plain(new ProductUrn("bulk", "product-1"), "Bulk product 1", LifecycleStatus.Published), 0, CancellationToken.None);
            await using var rig = await ElasticsearchRig.ReplayAsync("reindex-replays-changes-made-during-load");
            var published = false;
            rig.Server.Received = async request =>
            {
                // A publish lands while the load's bulk is in flight: a gateway's indexer would write it into the old index.
                if (!published && request.Method == "POST" && request.Path == "/dp-products-20261121103000123/_bulk")
                {
                    published = true;
                    await catalog.PublishAsync(
                        CatalogSamples.Plain(new ProductUrn("bulk", "product-2"), "Bulk product 2", LifecycleStatus.Published), 0, CancellationToken.None);
                }
            };

            var indexed = await SearchIndexRebuild.RunAsync(catalog, catalog, new SearchDocumentBuilder(catalog), rig.Index, null, CancellationToken.None);

            Assert.Equal(1, indexed);
            rig.AssertRequestsMatchSnapshot("reindex-replays-changes-made-during-load");
            var replayed = rig.Server.Requests[^1];
            Assert.Equal("POST /dp-products/_bulk", $"{replayed.Method} {replayed.Path}");
            Assert.Contains("urn:dp:bulk:product-2", replayed.RawBody, StringComparison.Ordinal);
            var replay = SearchIndexRebuild.ReplayConsumer(SearchIndexes.ConsumerFor(rig.Index));
            Assert.Empty((await catalog.ReadOutboxAsync(replay, 10, CancellationToken.None)).Events);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private sealed class FixedCatalogClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private static async IAsyncEnumerable<SearchDocument> Products(params SearchDocument[] products)
    {
        foreach (var product in products)
        {
            await Task.Yield();
            yield return product;
        }
    }
}
