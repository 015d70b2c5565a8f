using System.Text;
using Gateway.Search.Elasticsearch;
using Microsoft.AspNetCore.Http;

namespace Gateway.Search.Tests.Elasticsearch;

/// <summary>The REST client against recorded Elasticsearch 8.x answers: retries, typed errors, authentication, bulk items.</summary>
public sealed class ElasticsearchClientTests
{
    [Fact]
    public async Task Too_many_requests_is_retried_after_the_servers_retry_after_then_answers()
    {
        await using var rig = await ElasticsearchRig.ReplayAsync("search-rate-limited-then-answered");

        var results = await rig.Index.SearchAsync(new SearchQuery("orders", SearchFilter.None), SearchViewer.Anonymous, CancellationToken.None);

        Assert.Equal(0, results.TotalCount);
        Assert.Equal([TimeSpan.FromSeconds(2)], rig.Waits);
        rig.Server.AssertEveryExchangeServed();
        Assert.Equal(rig.Server.Requests[0].RawBody, rig.Server.Requests[1].RawBody);
    }

    [Fact]
    public async Task Service_unavailable_on_every_attempt_gives_up_with_the_error_body_after_backing_off()
    {
        await using var rig = await ElasticsearchRig.ReplayAsync("unavailable-on-every-attempt");

        var failure = await Assert.ThrowsAsync<ElasticsearchException>(() => rig.Index.IndexAsync([TestProducts.Orders], CancellationToken.None));

        Assert.Equal(ElasticsearchFailureKind.Unavailable, failure.Kind);
        Assert.Equal(503, failure.Status);
        Assert.Equal("cluster_block_exception", failure.ErrorType);
        Assert.Equal("blocked by: [SERVICE_UNAVAILABLE/1/state not recovered / initialized];", failure.Reason);
        Assert.True(failure.IsTransient);
        Assert.Equal(
            "POST /dp-products/_bulk failed with 503 cluster_block_exception: blocked by: [SERVICE_UNAVAILABLE/1/state not recovered / initialized]; (gave up after 4 attempt(s))",
            failure.Message);
        Assert.Equal([TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2)], rig.Waits);
        rig.Server.AssertEveryExchangeServed();
    }

    [Fact]
    public async Task A_client_error_is_not_retried_and_says_what_elasticsearch_refused()
    {
        await using var rig = await ElasticsearchRig.ReplayAsync("template-rejected");

        var failure = await Assert.ThrowsAsync<ElasticsearchException>(() => rig.Index.InitializeAsync(CancellationToken.None));

        Assert.Equal(ElasticsearchFailureKind.Rejected, failure.Kind);
        Assert.Equal(400, failure.Status);
        Assert.Equal("mapper_parsing_exception", failure.ErrorType);
        Assert.Equal("PUT /_index_template/dp-products", failure.Request);
        Assert.Contains("analyzer [catalog_prefix] has not been configured in mappings (caused by illegal_argument_exception", failure.Message);
        Assert.Contains("update the index template and run `gateway search reindex`", failure.Message);
        Assert.False(failure.IsTransient);
        Assert.Empty(rig.Waits);
        rig.Server.AssertEveryExchangeServed();
    }

    [Fact]
    public async Task A_missing_index_says_how_to_create_it()
    {
        await using var rig = await ElasticsearchRig.ReplayAsync("search-without-index");

        var failure = await Assert.ThrowsAsync<ElasticsearchException>(
            () => rig.Index.SearchAsync(new SearchQuery("orders", SearchFilter.None), SearchViewer.Anonymous, CancellationToken.None));

        Assert.Equal(ElasticsearchFailureKind.Rejected, failure.Kind);
        Assert.Equal(404, failure.Status);
        Assert.Equal(
            "POST /dp-products/_search failed with 404 index_not_found_exception: no such index [dp-products]. " +
            "The index behind 'dp-products' is missing: start the gateway again (it creates it) or run `gateway search reindex`",
            failure.Message);
        Assert.Empty(rig.Waits);
    }

    [Fact]
    public async Task Wrong_credentials_are_not_retried_and_the_error_says_which_to_check()
    {
        await using var rig = await ElasticsearchRig.ReplayAsync("unauthenticated", s => s with { Username = "gateway", Password = "wrong" });

        var failure = await Assert.ThrowsAsync<ElasticsearchException>(() => rig.Index.InitializeAsync(CancellationToken.None));

        Assert.Equal(ElasticsearchFailureKind.Rejected, failure.Kind);
        Assert.Equal(401, failure.Status);
        Assert.Equal("security_exception", failure.ErrorType);
        Assert.Contains("Check the Elasticsearch user and password or API key", failure.Message);
        Assert.Single(rig.Server.Requests);
    }

    [Fact]
    public async Task Basic_authentication_sends_the_user_and_password_on_every_request()
    {
        await using var rig = await ElasticsearchRig.ReplayAsync("initialize-with-alias", s => s with { Username = "gateway", Password = "s3cret:pass" });

        await rig.Index.InitializeAsync(CancellationToken.None);

        var expected = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("gateway:s3cret:pass"));
        Assert.All(rig.Server.Requests, request => Assert.Equal(expected, request.Authorization));
    }

    [Fact]
    public async Task An_api_key_is_sent_as_the_api_key_scheme_and_wins_over_a_password()
    {
        await using var rig = await ElasticsearchRig.ReplayAsync(
            "initialize-with-alias", s => s with { ApiKey = "VnVhQ2ZHY0JDZGJrUW0tZTVhT3g6dWkybHAyYXhUTm1zeWFrdzl0dk5udw==", Username = "ignored", Password = "ignored" });

        await rig.Index.InitializeAsync(CancellationToken.None);

        Assert.All(rig.Server.Requests, request => Assert.Equal("ApiKey VnVhQ2ZHY0JDZGJrUW0tZTVhT3g6dWkybHAyYXhUTm1zeWFrdzl0dk5udw==", request.Authorization));
    }

    [Fact]
    public async Task No_authorization_header_is_sent_without_credentials()
    {
        await using var rig = await ElasticsearchRig.ReplayAsync("initialize-with-alias");

        await rig.Index.InitializeAsync(CancellationToken.None);

        Assert.All(rig.Server.Requests, request => Assert.Null(request.Authorization));
    }

    [Fact]
    public async Task Bulk_items_rejected_with_429_are_sent_again_on_their_own()
    {
        await using var rig = await ElasticsearchRig.ReplayAsync("bulk-items-rejected-then-accepted");
        var body = new BulkRequestBody();
        body.Index(TestProducts.RegisteredUsers.Urn, TestProducts.RegisteredUsers, ProductDocumentWriter.Write);
        body.Index(TestProducts.Orders.Urn, TestProducts.Orders, ProductDocumentWriter.Write);
        body.Delete(TestProducts.PlayEventsDraft.Urn);

        var response = await rig.Client.BulkAsync("dp-products", body, CancellationToken.None);

        Assert.Equal(
            [BulkItemOutcome.Succeeded, BulkItemOutcome.Succeeded, BulkItemOutcome.Succeeded],
            response.Items.Select(item => item.Outcome));
        Assert.Equal(
            [TestProducts.RegisteredUsers.Urn, TestProducts.Orders.Urn, TestProducts.PlayEventsDraft.Urn],
            response.Items.Select(item => item.Id));
        Assert.Equal([TimeSpan.FromMilliseconds(500)], rig.Waits);
        rig.AssertRequestsMatchSnapshot("bulk-items-rejected-then-accepted");
    }

    [Fact]
    public async Task Documents_rejected_on_every_attempt_fail_the_write_as_a_transient_partial_failure()
    {
        await using var rig = await ElasticsearchRig.ReplayAsync("bulk-items-rejected-every-attempt", s => s with { MaxRetries = 1 });

        var failure = await Assert.ThrowsAsync<ElasticsearchException>(() => rig.Index.IndexAsync([TestProducts.Orders], CancellationToken.None));

        Assert.Equal(ElasticsearchFailureKind.PartialBulkFailure, failure.Kind);
        Assert.Equal(BulkItemOutcome.Rejected, Assert.Single(failure.FailedItems).Outcome);
        Assert.True(failure.IsTransient);
        Assert.Equal([TimeSpan.FromMilliseconds(500)], rig.Waits);
        rig.Server.AssertEveryExchangeServed();
    }

    [Theory]
    [InlineData("ftp://127.0.0.1:9200", "dp-products", "must be an absolute http or https address")]
    [InlineData("http://127.0.0.1:9200", "DP-Products", "is not a valid index name")]
    [InlineData("http://127.0.0.1:9200", "dp products", "is not a valid index name")]
    public void Settings_that_cannot_work_are_refused_with_what_to_fix(string url, string alias, string expected)
    {
        using var http = new HttpClient();

        var failure = Assert.Throws<ArgumentException>(() => new ElasticsearchClient(new ElasticsearchSettings { Url = new Uri(url), Alias = alias }, http));

        Assert.Contains(expected, failure.Message);
    }

    [Fact]
    public async Task Version_conflicts_and_missing_deletes_are_outcomes_of_their_own()
    {
        await using var rig = await ElasticsearchRig.ReplayAsync("bulk-version-conflict");
        var body = new BulkRequestBody();
        body.Index(TestProducts.Orders.Urn, TestProducts.Orders, ProductDocumentWriter.Write, externalVersion: 1763631000000000);
        body.Delete(TestProducts.PlayEventsDraft.Urn);

        var response = await rig.Client.BulkAsync("dp-products", body, CancellationToken.None);

        var conflict = response.Items[0];
        Assert.Equal(BulkItemOutcome.VersionConflict, conflict.Outcome);
        Assert.Equal(409, conflict.Status);
        Assert.Equal("version_conflict_engine_exception", conflict.ErrorType);
        Assert.StartsWith("[urn:dp:sales:orders]: version conflict, current version [1763717400000000]", conflict.Reason);
        Assert.Equal(BulkItemOutcome.NotFound, response.Items[1].Outcome);
        Assert.Equal(BulkAction.Delete, response.Items[1].Action);
        Assert.Empty(rig.Waits);
        rig.AssertRequestsMatchSnapshot("bulk-version-conflict");
    }

    [Fact]
    public async Task Bulk_bodies_are_newline_delimited_json_ending_in_a_newline()
    {
        await using var rig = await ElasticsearchRig.ReplayAsync("bulk-index");

        await rig.Index.IndexAsync([TestProducts.RegisteredUsers, TestProducts.Orders], CancellationToken.None);

        var request = Assert.Single(rig.Server.Requests);
        Assert.Equal("application/x-ndjson", request.ContentType);
        Assert.EndsWith("\n", request.RawBody);
        Assert.Equal(4, request.RawBody.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task A_cluster_that_cannot_be_reached_fails_as_unreachable_after_the_retries()
    {
        var closedPort = await ClosedLoopbackPortAsync();
        using var http = new HttpClient();
        var waits = new List<TimeSpan>();
        using var client = new ElasticsearchClient(
            new ElasticsearchSettings { Url = new Uri($"http://127.0.0.1:{closedPort}"), MaxRetries = 2 },
            http,
            ownsHttp: false,
            (wait, _) =>
            {
                waits.Add(wait);
                return Task.CompletedTask;
            });

        var failure = await Assert.ThrowsAsync<ElasticsearchException>(() => client.GetAliasIndicesAsync("dp-products", CancellationToken.None));

        Assert.Equal(ElasticsearchFailureKind.Unreachable, failure.Kind);
        Assert.Null(failure.Status);
        Assert.Contains($"Elasticsearch at http://127.0.0.1:{closedPort}/ could not be reached after 3 attempt(s)", failure.Message);
        Assert.Equal(2, waits.Count);
    }

    [Fact]
    public async Task An_attempt_that_runs_past_the_request_timeout_is_retried_then_fails_as_a_timeout()
    {
        // Never answers: the client's timeout ends each attempt and aborts the request.
        var server = await RecordedElasticsearch.AnswerWithAsync(NeverAnswer);
        await using var rig = ElasticsearchRig.Over(server, s => s with { RequestTimeout = TimeSpan.FromMilliseconds(200), MaxRetries = 1 });

        var failure = await Assert.ThrowsAsync<ElasticsearchException>(() => rig.Client.GetAliasIndicesAsync("dp-products", CancellationToken.None));

        Assert.Equal(ElasticsearchFailureKind.Timeout, failure.Kind);
        Assert.Contains("did not answer within 0.2 s, 2 attempt(s)", failure.Message);
        Assert.Equal([TimeSpan.FromMilliseconds(500)], rig.Waits);
    }

    [Fact]
    public async Task The_callers_cancellation_is_not_mistaken_for_a_timeout()
    {
        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var server = await RecordedElasticsearch.AnswerWithAsync(context =>
        {
            arrived.TrySetResult();
            return NeverAnswer(context);
        });
        await using var rig = ElasticsearchRig.Over(server);
        using var cancellation = new CancellationTokenSource();

        var search = rig.Client.GetAliasIndicesAsync("dp-products", cancellation.Token);
        await arrived.Task;
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => search);
        Assert.Empty(rig.Waits);
    }

    [Fact]
    public async Task A_base_address_with_a_path_keeps_it_in_front_of_every_request()
    {
        var server = await RecordedElasticsearch.AnswerWithAsync(async context =>
        {
            context.Response.StatusCode = 404;
            await context.Response.WriteAsync("""{"error":"alias [dp-products] missing","status":404}""");
        });
        await using var rig = ElasticsearchRig.Over(server, s => s with { Url = new Uri(server.Url, "elasticsearch") });

        Assert.Empty(await rig.Client.GetAliasIndicesAsync("dp-products", CancellationToken.None));

        Assert.Equal("/elasticsearch/_alias/dp-products", Assert.Single(server.Requests).Path);
    }

    [Fact]
    public void Backoff_doubles_from_the_initial_wait_and_caps_retry_after_at_the_maximum()
    {
        using var http = new HttpClient();
        using var client = new ElasticsearchClient(
            new ElasticsearchSettings { Url = new Uri("http://127.0.0.1:9200"), InitialBackoff = TimeSpan.FromSeconds(1), MaxBackoff = TimeSpan.FromSeconds(5) }, http);

        Assert.Equal(TimeSpan.FromSeconds(1), client.Backoff(0, null));
        Assert.Equal(TimeSpan.FromSeconds(4), client.Backoff(2, null));
        Assert.Equal(TimeSpan.FromSeconds(5), client.Backoff(3, null));
        Assert.Equal(TimeSpan.FromSeconds(3), client.Backoff(0, TimeSpan.FromSeconds(3)));
        Assert.Equal(TimeSpan.FromSeconds(5), client.Backoff(0, TimeSpan.FromMinutes(10)));
    }

    private static Task NeverAnswer(HttpContext context) =>
        Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);

    private static async Task<int> ClosedLoopbackPortAsync()
    {
        await using var server = await RecordedElasticsearch.AnswerWithAsync(context => Task.CompletedTask);
        return server.Url.Port;
    }
}
