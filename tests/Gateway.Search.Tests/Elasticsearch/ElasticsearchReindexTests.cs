using Gateway.Search.Elasticsearch;

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

    private static async IAsyncEnumerable<SearchDocument> Products(params SearchDocument[] products)
    {
        foreach (var product in products)
        {
            await Task.Yield();
            yield return product;
        }
    }
}
