using Gateway.Catalog.Changes;
using Gateway.Catalog.Documents.Profile;
using Gateway.Catalog.Governance;
using Gateway.Catalog.Model;
using Gateway.Publishing;

namespace Gateway.Tests.Publishing;

public sealed class ProductPublisherTests(PublishingDatabases databases) : IClassFixture<PublishingDatabases>
{
    private static readonly ProductUrn Orders = ProductUrn.Parse("urn:dp:sales:orders");
    private static readonly CancellationToken None = CancellationToken.None;

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task A_first_publish_stores_the_product_and_its_supergraph_and_serves_it(string store)
    {
        await using var rig = await databases.StartRigAsync(store);

        var outcome = await rig.PublishOrdersAsync("1.0.0", ["total: Int"]);

        Assert.True(outcome.Status == PublishStatus.Published, Describe(outcome));
        Assert.Equal((1L, 1L, 1L), (outcome.Revision, outcome.Supergraph!.Version, rig.Gateway.Live.Version));
        var product = (await rig.Gateway.Store.GetProductAsync(Orders, None))!;
        Assert.Equal((new SemanticVersion(1, 0, 0), LifecycleStatus.Published, "ana.lima@example.com"), (product.CurrentVersion, product.Status, product.Owner));
        var subgraph = (await rig.Gateway.Store.GetSubgraphAsync("orders", None))!;
        Assert.Equal((Orders, rig.SubgraphUrl), (subgraph.Product, subgraph.Url));
        Assert.Equal("ana", Assert.Single(await rig.Gateway.Store.ListHistoryAsync(Orders, None)).Actor);
        Assert.Equal((200, """{"data":{"orders":[{"id":"o1","total":42}]}}"""), await rig.Gateway.QueryAsync("{ orders { id total } }"));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task A_compatible_change_with_a_minor_bump_is_published_and_served(string store)
    {
        await using var rig = await databases.StartRigAsync(store);
        await rig.PublishOrdersAsync("1.0.0", ["total: Int"]);

        var outcome = await rig.PublishOrdersAsync("1.1.0", ["total: Int", "status: String"]);

        Assert.True(outcome.Status == PublishStatus.Published, Describe(outcome));
        Assert.True(outcome.Changes!.VersionAccepted);
        Assert.DoesNotContain(outcome.Changes.Changes, change => change.Severity == ChangeSeverity.Breaking);
        Assert.Contains(outcome.Changes.Changes, change => change.Area == ChangeArea.Schema && change.Location.Contains("Order.status", StringComparison.Ordinal));
        Assert.Equal((2L, 2L), (outcome.Supergraph!.Version, rig.Gateway.Live.Version));
        Assert.Equal(["1.1.0", "1.0.0"], (await rig.Gateway.Store.ListVersionsAsync(Orders, None)).Select(version => version.Version.ToString()));
        Assert.Equal((200, """{"data":{"orders":[{"status":"paid"}]}}"""), await rig.Gateway.QueryAsync("{ orders { status } }"));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task A_breaking_change_without_a_major_bump_is_rejected_with_every_reason_and_stores_nothing(string store)
    {
        await using var rig = await databases.StartRigAsync(store);
        await rig.PublishOrdersAsync("1.0.0", ["total: Int"]);

        // Order.total leaves the schema and the contract, and the SLA leaves the contract: a major change under a minor number, and a governance error.
        rig.Serve(TestProducts.OrdersSdl("status: String"));
        var contract = TestProducts.Contract("orders", "1.1.0", [("Query.orders", "array", "internal"), ("Order.id", "string", "internal"), ("Order.status", "string", "internal")], sla: false);
        var outcome = await rig.Publisher.PublishAsync(new PublishRequest(TestProducts.Descriptor("orders", "1.1.0"), contract, rig.SubgraphUrl), None);

        Assert.True(outcome.Status == PublishStatus.Rejected, Describe(outcome));
        Assert.False(outcome.Changes!.VersionAccepted, Describe(outcome));
        Assert.Equal(VersionBump.Major, outcome.Changes.RequiredBump);
        Assert.False(string.IsNullOrEmpty(outcome.Changes.VersionRejection));
        Assert.Contains(outcome.Changes.Changes, change => change.Severity == ChangeSeverity.Breaking && change.Area == ChangeArea.Schema && change.Location.Contains("Order.total", StringComparison.Ordinal));
        Assert.Contains(outcome.Changes.Changes, change => change.Severity == ChangeSeverity.Breaking && change.Area == ChangeArea.Contract);
        Assert.Contains(outcome.Findings, finding => finding.Severity == GovernanceSeverity.Error);
        Assert.Equal(new SemanticVersion(1, 0, 0), (await rig.Gateway.Store.GetProductAsync(Orders, None))!.CurrentVersion);
        Assert.Equal((1L, 1L), (await rig.Gateway.Store.GetLatestSupergraphVersionAsync(None), rig.Gateway.Live.Version));
        Assert.Contains("total: Int", (await rig.Gateway.Store.GetLatestSupergraphAsync(None))!.Sdl, StringComparison.Ordinal);
        Assert.Equal(TestProducts.OrdersSdl("total: Int"), (await rig.Gateway.Store.GetSubgraphAsync("orders", None))!.Sdl);
    }

    [Fact]
    public async Task The_same_breaking_change_under_a_new_major_version_is_published()
    {
        await using var rig = await PublishingRig.StartAsync();
        await rig.PublishOrdersAsync("1.0.0", ["total: Int"]);

        var outcome = await rig.PublishOrdersAsync("2.0.0", ["status: String"]);

        Assert.True(outcome.Status == PublishStatus.Published, Describe(outcome));
        Assert.Equal(VersionBump.Major, outcome.Changes!.RequiredBump);
    }

    [Fact]
    public async Task Governance_failures_reject_the_publish_with_each_finding()
    {
        await using var rig = await PublishingRig.StartAsync();
        var sdl = TestProducts.OrdersSdl("total: Int");

        // A field without a classification, and no SLA.
        var contract = TestProducts.Contract("orders", "1.0.0", [("Query.orders", "array", "internal"), ("Order.id", "string", "internal"), ("Order.total", "integer", null)], sla: false);
        var outcome = await rig.Publisher.PublishAsync(new PublishRequest(TestProducts.Descriptor("orders", "1.0.0"), contract, rig.SubgraphUrl, sdl), None);

        Assert.Equal(PublishStatus.Rejected, outcome.Status);
        Assert.Contains(outcome.Findings, finding => finding.Severity == GovernanceSeverity.Error && finding.Location.Contains("total", StringComparison.Ordinal));
        Assert.Contains(outcome.Findings, finding => finding.Severity == GovernanceSeverity.Error && finding.Location.Contains("sla", StringComparison.OrdinalIgnoreCase));
        Assert.Empty(outcome.CompositionErrors);
        Assert.Null(await rig.Gateway.Store.GetProductAsync(Orders, None));
        Assert.Equal(0, await rig.Gateway.Store.GetLatestSupergraphVersionAsync(None));
    }

    [Fact]
    public async Task A_subgraph_that_does_not_compose_is_rejected_with_the_composition_errors()
    {
        await using var rig = await PublishingRig.StartAsync();
        var (descriptor, contract, sdl) = TestProducts.RootFieldProduct("returns", "base");
        await rig.Publisher.PublishAsync(new PublishRequest(descriptor, contract, rig.SubgraphUrl, sdl), None);

        // A second product defines the same root field without @shareable.
        var (clashing, clashingContract, clashingSdl) = TestProducts.RootFieldProduct("refunds", "base");
        var outcome = await rig.Publisher.PublishAsync(new PublishRequest(clashing, clashingContract, rig.SubgraphUrl, clashingSdl), None);

        Assert.Equal(PublishStatus.Rejected, outcome.Status);
        Assert.Equal("INVALID_FIELD_SHARING", Assert.Single(outcome.CompositionErrors).Code);
        Assert.Null(await rig.Gateway.Store.GetProductAsync(ProductUrn.Parse("urn:dp:sales:refunds"), None));
        Assert.Equal((1L, 1L), (await rig.Gateway.Store.GetLatestSupergraphVersionAsync(None), rig.Gateway.Live.Version));
    }

    [Theory]
    [InlineData("sqlite", "version")]
    [InlineData("sqlite", "supergraph")]
    [InlineData("postgres", "outbox")]
    public async Task A_publish_that_dies_between_steps_stores_nothing_and_the_served_supergraph_stays(string store, string step)
    {
        await using var rig = await databases.StartRigAsync(store);
        await rig.PublishOrdersAsync("1.0.0", ["total: Int"]);
        rig.Store.AfterStep = (reached, _) => reached == step ? throw new IOException("the process died") : Task.CompletedTask;

        await Assert.ThrowsAsync<IOException>(() => rig.PublishOrdersAsync("1.1.0", ["total: Int", "status: String"]));
        rig.Store.AfterStep = null;

        Assert.Equal(new SemanticVersion(1, 0, 0), (await rig.Gateway.Store.GetProductAsync(Orders, None))!.CurrentVersion);
        Assert.Single(await rig.Gateway.Store.ListVersionsAsync(Orders, None));
        Assert.Single(await rig.Gateway.Store.ListHistoryAsync(Orders, None));
        Assert.Equal(TestProducts.OrdersSdl("total: Int"), (await rig.Gateway.Store.GetSubgraphAsync("orders", None))!.Sdl);
        Assert.Equal((1L, 1L), (await rig.Gateway.Store.GetLatestSupergraphVersionAsync(None), rig.Gateway.Live.Version));
        Assert.Equal(2, (await rig.Gateway.Store.ReadOutboxAsync(10, None)).Count);

        var retried = await rig.PublishOrdersAsync("1.1.0", ["total: Int", "status: String"]);
        Assert.True(retried.Status == PublishStatus.Published, Describe(retried));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Twenty_concurrent_publishers_all_land_in_one_sequence_of_supergraph_versions(string store)
    {
        await using var rig = await databases.StartRigAsync(store);
        var products = Enumerable.Range(1, 20).Select(i => TestProducts.RootFieldProduct($"product-{i:00}", $"field{i:00}")).ToList();

        var outcomes = await Task.WhenAll(products.Select(product =>
            Task.Run(() => rig.Publisher.PublishAsync(new PublishRequest(product.Descriptor, product.Contract, rig.SubgraphUrl, product.Sdl), None))));

        Assert.All(outcomes, outcome => Assert.True(outcome.Status == PublishStatus.Published, Describe(outcome)));
        Assert.Equal(Enumerable.Range(1, 20).Select(i => (long)i), outcomes.Select(outcome => outcome.Supergraph!.Version).Order());
        Assert.Equal((20L, 20L), (await rig.Gateway.Store.GetLatestSupergraphVersionAsync(None), rig.Gateway.Live.Version));
        var latest = (await rig.Gateway.Store.GetLatestSupergraphAsync(None))!.Sdl;
        Assert.All(Enumerable.Range(1, 20), i => Assert.Contains($"field{i:00}: String", latest, StringComparison.Ordinal));
        Assert.Equal(20, (await rig.Gateway.Store.ListSubgraphsAsync(None)).Count);
    }

    [Fact]
    public async Task Concurrent_publishers_of_one_version_of_one_product_store_it_once()
    {
        await using var rig = await PublishingRig.StartAsync();
        var sdl = TestProducts.OrdersSdl("total: Int");
        var request = new PublishRequest(TestProducts.Descriptor("orders", "1.0.0"), TestProducts.OrdersContract("1.0.0", "total: Int"), rig.SubgraphUrl, sdl);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => Task.Run(() => rig.Publisher.PublishAsync(request, None))));

        Assert.Single(outcomes, outcome => outcome.Status == PublishStatus.Published);
        Assert.All(outcomes.Where(outcome => outcome.Status != PublishStatus.Published), outcome => Assert.Contains("not above the current version", Assert.Single(outcome.Conflicts)));
        Assert.Single(await rig.Gateway.Store.ListVersionsAsync(Orders, None));
        Assert.Equal(1, await rig.Gateway.Store.GetLatestSupergraphVersionAsync(None));
    }

    [Fact]
    public async Task A_dry_run_reports_everything_and_stores_nothing()
    {
        await using var rig = await PublishingRig.StartAsync();
        await rig.PublishOrdersAsync("1.0.0", ["total: Int"]);
        var outboxBefore = (await rig.Gateway.Store.ReadOutboxAsync(100, None)).Count;

        var passing = await rig.PublishOrdersAsync("1.1.0", ["total: Int", "status: String"], dryRun: true);
        var failing = await rig.PublishOrdersAsync("1.2.0", ["status: String"], dryRun: true);

        Assert.True(passing.Status == PublishStatus.DryRunPassed, Describe(passing));
        Assert.NotEmpty(passing.Changes!.Changes);
        Assert.Equal((PublishStatus.Rejected, false), (failing.Status, failing.Changes!.VersionAccepted));
        Assert.Equal(new SemanticVersion(1, 0, 0), (await rig.Gateway.Store.GetProductAsync(Orders, None))!.CurrentVersion);
        Assert.Equal((1L, 1L), (await rig.Gateway.Store.GetLatestSupergraphVersionAsync(None), rig.Gateway.Live.Version));
        Assert.Equal(outboxBefore, (await rig.Gateway.Store.ReadOutboxAsync(100, None)).Count);
        Assert.Single(await rig.Gateway.Store.ListHistoryAsync(Orders, None));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Deprecation_keeps_the_product_served_and_retirement_takes_it_out_of_the_supergraph(string store)
    {
        await using var rig = await databases.StartRigAsync(store);
        var (returns, returnsContract, _) = TestProducts.RootFieldProduct("returns", "returnsCount");
        await rig.Publisher.PublishAsync(new PublishRequest(returns, returnsContract, await rig.StartRootFieldSubgraphAsync("returnsCount")), None);
        await rig.PublishOrdersAsync("1.0.0", ["total: Int"]);
        var returnsUrn = ProductUrn.Parse("urn:dp:sales:returns");

        var deprecated = await rig.Publisher.DeprecateAsync(new DeprecationRequest(Orders, new DateOnly(2999, 1, 1), returnsUrn, "moved", "ana"), None);

        Assert.True(deprecated.Stored, string.Join(" ", deprecated.Conflicts));
        Assert.Equal(2, rig.Gateway.Live.Version);
        Assert.Equal((200, """{"data":{"orders":[{"total":42}]}}"""), await rig.Gateway.QueryAsync("{ orders { total } }"));
        var product = (await rig.Gateway.Store.GetProductAsync(Orders, None))!;
        Assert.Equal((LifecycleStatus.Deprecated, returnsUrn), (product.Status, product.Deprecation!.Successor));

        var retired = await rig.Publisher.RetireAsync(new RetirementRequest(Orders, "ana"), None);

        Assert.True(retired.Stored, string.Join(" ", retired.Conflicts.Concat(retired.CompositionErrors.Select(error => error.ToString()))));
        Assert.Equal((3L, 3L), (retired.Supergraph!.Version, rig.Gateway.Live.Version));
        Assert.Equal(LifecycleStatus.Retired, (await rig.Gateway.Store.GetProductAsync(Orders, None))!.Status);
        Assert.Equal(SubgraphStatus.Retired, (await rig.Gateway.Store.GetSubgraphAsync("orders", None))!.Status);
        Assert.DoesNotContain("orders", (await rig.Gateway.Store.GetLatestSupergraphAsync(None))!.Sdl, StringComparison.Ordinal);
        Assert.Contains("Cannot query field", (await rig.Gateway.QueryAsync("{ orders { total } }")).Body, StringComparison.Ordinal);
        Assert.Equal("""{"data":{"returnsCount":"returnsCount-value"}}""", (await rig.Gateway.QueryAsync("{ returnsCount }")).Body);
        Assert.Equal([ChangeKind.Published, ChangeKind.Deprecated, ChangeKind.Retired], (await rig.Gateway.Store.ListHistoryAsync(Orders, None)).Select(change => change.Kind));
    }

    [Fact]
    public async Task Retiring_a_product_another_still_needs_is_refused_with_the_composition_errors()
    {
        await using var rig = await PublishingRig.StartAsync();
        await rig.PublishOrdersAsync("1.0.0", ["total: Int"]);

        // Returns computes a refund from Order.total, which only the orders subgraph resolves.
        const string ReturnsSdl = """
            extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@external", "@requires"])
            type Query { refunds: [Order] }
            type Order @key(fields: "id") { id: ID! total: Int @external refund: Int @requires(fields: "total") }
            """;
        var returnsContract = TestProducts.Contract("returns", "1.0.0", [("Query.refunds", "array", "internal"), ("Order.refund", "integer", "internal")]);
        var returns = await rig.Publisher.PublishAsync(new PublishRequest(TestProducts.Descriptor("returns", "1.0.0"), returnsContract, rig.SubgraphUrl, ReturnsSdl), None);
        await rig.Publisher.DeprecateAsync(new DeprecationRequest(Orders, new DateOnly(2999, 1, 1), null, "moving"), None);

        var retired = await rig.Publisher.RetireAsync(new RetirementRequest(Orders), None);

        Assert.True(returns.Status == PublishStatus.Published, Describe(returns));
        Assert.False(retired.Stored);
        Assert.NotEmpty(retired.CompositionErrors);
        Assert.Equal(LifecycleStatus.Deprecated, (await rig.Gateway.Store.GetProductAsync(Orders, None))!.Status);
        Assert.Equal(SubgraphStatus.Deprecated, (await rig.Gateway.Store.GetSubgraphAsync("orders", None))!.Status);
        Assert.Equal((2L, 2L), (await rig.Gateway.Store.GetLatestSupergraphVersionAsync(None), rig.Gateway.Live.Version));
    }

    [Fact]
    public async Task Retiring_a_product_not_deprecated_is_refused_and_it_stays_served()
    {
        await using var rig = await PublishingRig.StartAsync();
        var (returns, returnsContract, returnsSdl) = TestProducts.RootFieldProduct("returns", "returnsCount");
        await rig.Publisher.PublishAsync(new PublishRequest(returns, returnsContract, rig.SubgraphUrl, returnsSdl), None);
        await rig.PublishOrdersAsync("1.0.0", ["total: Int"]);

        var retired = await rig.Publisher.RetireAsync(new RetirementRequest(Orders), None);

        Assert.False(retired.Stored);
        Assert.Contains("must be deprecated", Assert.Single(retired.Conflicts), StringComparison.Ordinal);
        Assert.Equal((2L, 2L), (await rig.Gateway.Store.GetLatestSupergraphVersionAsync(None), rig.Gateway.Live.Version));
    }

    [Fact]
    public async Task A_gateway_following_the_store_serves_what_a_publisher_without_a_live_supergraph_stored()
    {
        await using var rig = await PublishingRig.StartAsync();
        var commandLine = new ProductPublisher(rig.Gateway.Store);
        var request = new PublishRequest(
            TestProducts.Descriptor("orders", "1.0.0"), TestProducts.OrdersContract("1.0.0", "total: Int"), rig.SubgraphUrl, TestProducts.OrdersSdl("total: Int"));

        var outcome = await commandLine.PublishAsync(request, None);
        var servedBefore = rig.Gateway.Live.Version;
        var followed = await rig.Gateway.Registry.FollowAsync(None);

        Assert.Equal((PublishStatus.Published, 0L, 1L), (outcome.Status, servedBefore, followed));
        Assert.Equal((200, """{"data":{"orders":[{"total":42}]}}"""), await rig.Gateway.QueryAsync("{ orders { total } }"));
    }

    [Fact]
    public async Task A_subgraph_that_does_not_answer_is_unusable_input()
    {
        await using var rig = await PublishingRig.StartAsync();

        var outcome = await rig.Publisher.PublishAsync(
            new PublishRequest(TestProducts.Descriptor("orders", "1.0.0"), TestProducts.OrdersContract("1.0.0", "total: Int"), new Uri("http://127.0.0.1:9/graphql")),
            None);

        Assert.Equal(PublishStatus.Unusable, outcome.Status);
        Assert.Contains("http://127.0.0.1:9/graphql", outcome.SubgraphProblem, StringComparison.Ordinal);
        Assert.Null(await rig.Gateway.Store.GetProductAsync(Orders, None));
    }

    [Fact]
    public async Task A_document_that_is_not_yaml_is_unusable_and_invalid_documents_are_rejected_with_positions()
    {
        await using var rig = await PublishingRig.StartAsync();

        var unreadable = await rig.Publisher.PublishAsync(new PublishRequest(new DocumentSource("product.yaml", "kind: [DataProduct"), null, null), None);
        var invalid = await rig.Publisher.PublishAsync(
            new PublishRequest(TestProducts.Descriptor("orders", "1.0.0"), new DocumentSource("contract.yaml", "apiVersion: v3.1.0\nkind: DataContract\nid: 7\nschema: text\n"), null),
            None);

        Assert.Equal(PublishStatus.Unusable, unreadable.Status);
        Assert.Equal("product.yaml", Assert.Single(unreadable.Diagnostics).File);
        Assert.Equal(PublishStatus.Rejected, invalid.Status);
        Assert.Contains(invalid.Diagnostics, diagnostic => diagnostic.File == "contract.yaml" && diagnostic.Position.Line == 4);
        Assert.Null(await rig.Gateway.Store.GetProductAsync(Orders, None));
    }

    private static string Describe(PublishOutcome outcome) => string.Join(
        "\n",
        [
            $"{outcome.Status} {outcome.SubgraphProblem}",
            .. outcome.Diagnostics.Select(diagnostic => diagnostic.ToString()),
            .. outcome.CompositionErrors.Select(error => error.ToString()),
            .. outcome.Changes?.Changes.Select(change => $"{change.Severity} {change.Code} {change.Location}") ?? [],
            outcome.Changes?.VersionRejection ?? "",
            .. outcome.Findings.Select(finding => $"{finding.Severity} {finding.RuleId} {finding.Location}: {finding.Message}"),
            .. outcome.Conflicts,
        ]);
}
