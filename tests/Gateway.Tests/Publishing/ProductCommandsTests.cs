using System.Text.Json;
using Gateway.Catalog.Documents.Profile;
using Gateway.Catalog.Model;
using Gateway.Catalog.Storage.Sqlite;
using Gateway.Tests.Registry;

namespace Gateway.Tests.Publishing;

[Collection(ConsoleCollection.Name)]
public sealed class ProductCommandsTests : IDisposable
{
    private static readonly ProductUrn Orders = ProductUrn.Parse("urn:dp:sales:orders");

    private readonly TempDirectory _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task Publish_then_diff_deprecate_and_retire_from_the_command_line()
    {
        await using var rig = await PublishingRig.StartAsync();
        var data = _files.PathOf("data");
        var (descriptor, contract) = WriteOrders("1.0.0", "total: Int");
        var returns = TestProducts.RootFieldProduct("returns", "returnsCount");
        var returnsUrl = await rig.StartRootFieldSubgraphAsync("returnsCount");

        var publishReturns = await GatewayRun.StartAsync(
            "product", "publish", _files.Write("returns.yaml", returns.Descriptor.Text), _files.Write("returns-contract.yaml", returns.Contract.Text),
            "--subgraph-url", returnsUrl.ToString(), "--data-dir", data);
        var publish = await GatewayRun.StartAsync("product", "publish", descriptor, contract, "--subgraph-url", rig.SubgraphUrl.ToString(), "--data-dir", data, "--actor", "ana");
        rig.Serve(TestProducts.OrdersSdl("status: String"));
        var (breaking, breakingContract) = WriteOrders("1.1.0", "status: String");
        var diff = await GatewayRun.StartAsync("product", "diff", breaking, breakingContract, "--subgraph-url", rig.SubgraphUrl.ToString(), "--data-dir", data);
        var deprecate = await GatewayRun.StartAsync("product", "deprecate", Orders.ToString(), "--sunset", "2999-01-01", "--successor", "urn:dp:sales:returns", "--data-dir", data);
        var retire = await GatewayRun.StartAsync("product", "retire", Orders.ToString(), "--data-dir", data, "--format", "json");

        Assert.Equal(0, publishReturns.ExitCode);
        Assert.Equal((0, "Published urn:dp:sales:orders 1.0.0 (revision 1); the supergraph is now version 2."), (publish.ExitCode, LastLine(publish.Out)));
        Assert.Equal(1, diff.ExitCode);
        Assert.Contains("Changes against 1.0.0:", diff.Out, StringComparison.Ordinal);
        Assert.Contains("breaking", diff.Out, StringComparison.Ordinal);
        Assert.Contains("Order.total", diff.Out, StringComparison.Ordinal);
        Assert.Contains("Version: ", diff.Out, StringComparison.Ordinal);
        Assert.Equal((0, "Deprecated urn:dp:sales:orders (revision 2)."), (deprecate.ExitCode, deprecate.Out));
        Assert.Equal(0, retire.ExitCode);
        using var json = JsonDocument.Parse(retire.Out);
        Assert.Equal(("stored", 3), (json.RootElement.GetProperty("status").GetString(), json.RootElement.GetProperty("supergraphVersion").GetInt32()));
        await using var store = await SqliteCatalogStore.OpenAsync(Path.Combine(data, SqliteCatalogStore.FileName), CancellationToken.None);
        Assert.Equal(LifecycleStatus.Retired, (await store.GetProductAsync(Orders, CancellationToken.None))!.Status);
        Assert.Equal("ana", (await store.ListHistoryAsync(Orders, CancellationToken.None))[0].Actor);
    }

    [Fact]
    public async Task A_rejected_publish_lists_every_reason_in_json_and_exits_1()
    {
        await using var rig = await PublishingRig.StartAsync();
        var data = _files.PathOf("data");
        var contract = _files.Write("contract.yaml", TestProducts.Contract("orders", "1.0.0", [("Order.id", "string", null)], sla: false).Text);
        var descriptor = _files.Write("product.yaml", TestProducts.Descriptor("orders", "1.0.0", owner: false).Text);

        var run = await GatewayRun.StartAsync("product", "publish", descriptor, contract, "--subgraph-url", rig.SubgraphUrl.ToString(), "--data-dir", data, "--format", "json");

        Assert.Equal(1, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal("rejected", json.RootElement.GetProperty("status").GetString());
        Assert.True(json.RootElement.GetProperty("findings").GetArrayLength() >= 2, run.Out);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("supergraphVersion").ValueKind);
    }

    [Fact]
    public async Task A_deployment_rule_file_changes_what_governance_rejects()
    {
        await using var rig = await PublishingRig.StartAsync();
        var data = _files.PathOf("data");
        var contract = _files.Write("contract.yaml", TestProducts.Contract("orders", "1.0.0", [("Query.orders", "array", "internal"), ("Order.id", "string", "internal"), ("Order.total", "integer", "internal")], sla: false).Text);
        var descriptor = _files.Write("product.yaml", TestProducts.Descriptor("orders", "1.0.0").Text);
        var lenient = _files.Write("rules.yaml", "version: 1\nbuiltIn:\n  sla-present: warning\n");
        var strict = _files.Write("strict.yaml", "version: 1\nrules:\n  - id: no-integers\n    description: Amounts are text.\n    target: property\n    forbid:\n      logicalType: [integer]\n");
        var broken = _files.Write("broken.yaml", "version: 1\nbuiltIn:\n  no-such-rule: off\n");
        string[] publish = ["product", "publish", descriptor, contract, "--subgraph-url", rig.SubgraphUrl.ToString(), "--data-dir", data, "--sdl", _files.Write("orders.graphql", TestProducts.OrdersSdl("total: Int"))];

        var byDefault = await GatewayRun.StartAsync(publish);
        var withStrictRules = await GatewayRun.StartAsync([.. publish, "--rules", strict]);
        var withBrokenRules = await GatewayRun.StartAsync([.. publish, "--rules", broken]);
        var withLenientRules = await GatewayRun.StartAsync([.. publish, "--rules", lenient]);

        Assert.Equal(1, byDefault.ExitCode);
        Assert.Contains("[sla-present]", byDefault.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("[no-integers]", byDefault.Out, StringComparison.Ordinal);
        Assert.Equal(1, withStrictRules.ExitCode);
        Assert.Contains("[sla-present]", withStrictRules.Out, StringComparison.Ordinal);
        Assert.Contains("[no-integers]", withStrictRules.Out, StringComparison.Ordinal);
        Assert.Equal(2, withBrokenRules.ExitCode);
        Assert.Contains("broken.yaml", withBrokenRules.Error, StringComparison.Ordinal);
        Assert.True(withLenientRules.ExitCode == 0, withLenientRules.Out);
        Assert.Contains("warning", withLenientRules.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dry_run_prints_its_verdict_and_leaves_no_catalog_behind()
    {
        await using var rig = await PublishingRig.StartAsync();
        var data = _files.PathOf("data");
        Directory.CreateDirectory(data);
        await (await SqliteCatalogStore.OpenAsync(Path.Combine(data, SqliteCatalogStore.FileName), CancellationToken.None)).DisposeAsync();
        var (descriptor, contract) = WriteOrders("1.0.0", "total: Int");

        var run = await GatewayRun.StartAsync("product", "publish", descriptor, contract, "--subgraph-url", rig.SubgraphUrl.ToString(), "--data-dir", data, "--dry-run");

        Assert.Equal((0, "Dry run passed: urn:dp:sales:orders 1.0.0 would be published; nothing was stored."), (run.ExitCode, LastLine(run.Out)));
        await using var store = await SqliteCatalogStore.OpenAsync(Path.Combine(data, SqliteCatalogStore.FileName), CancellationToken.None);
        Assert.Null(await store.GetProductAsync(Orders, CancellationToken.None));
        Assert.Equal(0, await store.GetLatestSupergraphVersionAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Without_a_catalog_diff_and_dry_run_compare_with_an_empty_one_and_create_nothing()
    {
        await using var rig = await PublishingRig.StartAsync();
        var data = _files.PathOf("data");
        var (descriptor, contract) = WriteOrders("1.0.0", "total: Int");

        var diff = await GatewayRun.StartAsync("product", "diff", descriptor, contract, "--subgraph-url", rig.SubgraphUrl.ToString(), "--data-dir", data);
        var dryRun = await GatewayRun.StartAsync(
            "product", "publish", descriptor, contract, "--subgraph-url", rig.SubgraphUrl.ToString(), "--data-dir", data, "--dry-run", "--format", "json");

        Assert.True(diff.ExitCode == 0, diff.Out + diff.Error);
        Assert.Equal(
            "Changes: none to compare; this is the product's first version in the catalog.\nDry run passed: urn:dp:sales:orders 1.0.0 would be published; nothing was stored.",
            diff.Out);
        Assert.Equal(
            $"There is no catalog at {Path.Combine(data, SqliteCatalogStore.FileName)} yet: comparing with an empty catalog, where every product is new.",
            diff.Error);
        Assert.True(dryRun.ExitCode == 0, dryRun.Out + dryRun.Error);
        using var json = JsonDocument.Parse(dryRun.Out);
        Assert.Equal("dryRunPassed", json.RootElement.GetProperty("status").GetString());
        Assert.False(Directory.Exists(data));
    }

    [Fact]
    public async Task Unusable_input_exits_2_with_a_message_naming_it()
    {
        var data = _files.PathOf("data");
        var broken = _files.Write("product.yaml", "kind: [DataProduct");
        var (descriptor, contract) = WriteOrders("1.0.0", "total: Int");

        var unreadable = await GatewayRun.StartAsync("product", "publish", broken, "--data-dir", data);
        var unanswered = await GatewayRun.StartAsync("product", "publish", descriptor, contract, "--subgraph-url", "http://127.0.0.1:9/graphql", "--data-dir", data);
        var badSunset = await GatewayRun.StartAsync("product", "deprecate", Orders.ToString(), "--sunset", "next year", "--data-dir", data);

        Assert.Equal(2, unreadable.ExitCode);
        Assert.Contains("product.yaml:2:1 is not valid YAML", unreadable.Out, StringComparison.Ordinal);
        Assert.Equal(2, unanswered.ExitCode);
        Assert.Contains("Subgraph: The subgraph at http://127.0.0.1:9/graphql", unanswered.Out, StringComparison.Ordinal);
        Assert.Equal((2, "--sunset next year: give a date as YYYY-MM-DD (e.g. 2027-06-30)."), (badSunset.ExitCode, badSunset.Error));
    }

    [Fact]
    public async Task Init_writes_a_skeleton_that_reads_without_errors_and_leaves_classifications_for_governance()
    {
        await using var rig = await PublishingRig.StartAsync();
        var folder = _files.PathOf("orders");
        var data = _files.PathOf("data");
        Directory.CreateDirectory(data);
        await (await SqliteCatalogStore.OpenAsync(Path.Combine(data, SqliteCatalogStore.FileName), CancellationToken.None)).DisposeAsync();

        var run = await GatewayRun.StartAsync("product", "init", "--subgraph", rig.SubgraphUrl.ToString(), "--urn", Orders.ToString(), "--out", folder);
        var again = await GatewayRun.StartAsync("product", "init", "--subgraph", rig.SubgraphUrl.ToString(), "--urn", Orders.ToString(), "--out", folder);
        var validate = await GatewayRun.StartAsync("product", "validate", Path.Combine(folder, "product.yaml"), Path.Combine(folder, "contract.yaml"));
        var publish = await GatewayRun.StartAsync(
            "product", "publish", Path.Combine(folder, "product.yaml"), Path.Combine(folder, "contract.yaml"), "--subgraph-url", rig.SubgraphUrl.ToString(),
            "--data-dir", data, "--dry-run", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(2, again.ExitCode);
        Assert.True(validate.ExitCode == 0, validate.Out);
        var contract = await File.ReadAllTextAsync(Path.Combine(folder, "contract.yaml"));
        Assert.Contains("value: Order.total", contract, StringComparison.Ordinal);
        Assert.Contains("logicalType: integer", contract, StringComparison.Ordinal);
        Assert.Contains("# TODO: classification", contract, StringComparison.Ordinal);
        Assert.DoesNotContain("value: Query.orders", contract, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(publish.Out);
        Assert.Equal("rejected", json.RootElement.GetProperty("status").GetString());
        Assert.DoesNotContain(json.RootElement.GetProperty("diagnostics").EnumerateArray(), diagnostic => diagnostic.GetProperty("severity").GetString() == "error");
        Assert.Contains(json.RootElement.GetProperty("findings").EnumerateArray(), finding => finding.GetProperty("location").GetString()!.Contains("total", StringComparison.Ordinal));
    }

    private (string Descriptor, string Contract) WriteOrders(string version, params string[] fields) =>
        (_files.Write($"product-{version}.yaml", TestProducts.Descriptor("orders", version).Text),
         _files.Write($"contract-{version}.yaml", TestProducts.OrdersContract(version, fields).Text));

    private static string LastLine(string text) => text[(text.LastIndexOf('\n') + 1)..];
}
