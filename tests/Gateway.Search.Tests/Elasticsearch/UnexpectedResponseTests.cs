using Gateway.Search.Elasticsearch;

namespace Gateway.Search.Tests.Elasticsearch;

/// <summary>Answers that are not the JSON the REST API documents fail clearly, never as an empty page or a silent success.</summary>
public sealed class UnexpectedResponseTests
{
    [Fact]
    public async Task A_login_page_instead_of_json_is_an_unexpected_response_quoting_the_body()
    {
        await using var rig = await ElasticsearchRig.ReplayAsync("unexpected-html-page");

        var failure = await Assert.ThrowsAsync<ElasticsearchException>(() => Search(rig));

        Assert.Equal(ElasticsearchFailureKind.UnexpectedResponse, failure.Kind);
        Assert.StartsWith("POST /dp-products/_search: Elasticsearch answered 200 with a body that is not JSON", failure.Message);
        Assert.EndsWith("<html><head><title>Sign in</title></head><body>Sign in to continue</body></html>", failure.Message);
    }

    [Fact]
    public async Task A_truncated_body_is_an_unexpected_response()
    {
        await using var rig = await ElasticsearchRig.ReplayAsync("unexpected-truncated-body");

        var failure = await Assert.ThrowsAsync<ElasticsearchException>(() => Search(rig));

        Assert.Equal(ElasticsearchFailureKind.UnexpectedResponse, failure.Kind);
        Assert.Contains("not JSON", failure.Message);
        Assert.IsAssignableFrom<System.Text.Json.JsonException>(failure.InnerException);
    }

    [Fact]
    public async Task A_search_answer_without_the_aggregations_names_what_is_missing()
    {
        await using var rig = await ElasticsearchRig.ReplayAsync("unexpected-search-without-aggregations");

        var failure = await Assert.ThrowsAsync<ElasticsearchException>(() => Search(rig));

        Assert.Equal(ElasticsearchFailureKind.UnexpectedResponse, failure.Kind);
        Assert.StartsWith(
            "POST /dp-products/_search: the answer is not the one the Elasticsearch 8 REST API documents: \"aggregations\". Body: {\"took\":1",
            failure.Message);
    }

    [Fact]
    public async Task A_bulk_answer_with_fewer_items_than_operations_is_not_taken_for_success()
    {
        await using var rig = await ElasticsearchRig.ReplayAsync("unexpected-bulk-item-count");

        var failure = await Assert.ThrowsAsync<ElasticsearchException>(() => rig.Index.IndexAsync([TestProducts.Orders], CancellationToken.None));

        Assert.Equal(ElasticsearchFailureKind.UnexpectedResponse, failure.Kind);
        Assert.Contains("1 items, one per operation sent, not 0", failure.Message);
    }

    [Fact]
    public async Task A_proxys_error_page_is_rejected_with_its_text_since_there_is_no_elasticsearch_error()
    {
        await using var rig = await ElasticsearchRig.ReplayAsync("unexpected-proxy-error");

        var failure = await Assert.ThrowsAsync<ElasticsearchException>(() => rig.Index.RemoveAsync(["urn:dp:sales:orders"], CancellationToken.None));

        Assert.Equal(ElasticsearchFailureKind.Rejected, failure.Kind);
        Assert.Equal(400, failure.Status);
        Assert.Null(failure.ErrorType);
        Assert.Equal(
            "POST /dp-products/_bulk failed with 400, and the body is not an Elasticsearch error: <html><body><h1>400 Bad Request</h1>Request Header Or Cookie Too Large</body></html>",
            failure.Message);
    }

    private static Task<SearchResults> Search(ElasticsearchRig rig) =>
        rig.Index.SearchAsync(new SearchQuery("orders", SearchFilter.None), SearchViewer.Anonymous, CancellationToken.None);
}
