using System.Text.Json;
using Gateway.Catalog.Documents.Profile;
using Gateway.Catalog.Model;
using Gateway.Catalog.Storage;
using Gateway.Catalog.Storage.Sqlite;

namespace Gateway.Tests.Commands;

[Collection(ConsoleCollection.Name)]
public sealed class ProductUsageCommandTests : IDisposable
{
    private static readonly ProductUrn Orders = ProductUrn.Parse("urn:dp:sales:orders");

    private readonly TempDirectory _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task Usage_prints_the_windows_totals_and_each_day_as_json()
    {
        var latency = new long[LatencyHistogram.BucketCount];
        latency[5] = 6; // (7.5, 10] ms
        await using (var store = await SqliteCatalogStore.OpenAsync(Path.Combine(_files.Path, SqliteCatalogStore.FileName), CancellationToken.None))
        {
            await store.PublishAsync(Publication(), 0, CancellationToken.None);
            await store.RecordUsageAsync([new ProductUsageIncrement(Orders, DateTimeOffset.UtcNow, 4, 6, 1, latency)], CancellationToken.None);
        }

        var run = await GatewayRun.StartAsync("product", "usage", "urn:dp:sales:orders", "--window", "day", "--format", "json", "--data-dir", _files.Path);

        Assert.Equal(0, run.ExitCode);
        using var report = JsonDocument.Parse(run.Out);
        var root = report.RootElement;
        Assert.Equal("urn:dp:sales:orders", root.GetProperty("product").GetString());
        Assert.Equal((4, 6, 1), (root.GetProperty("operations").GetInt32(), root.GetProperty("fetches").GetInt32(), root.GetProperty("errors").GetInt32()));
        Assert.Equal(0.25, root.GetProperty("errorRate").GetDouble());
        Assert.Equal(8.75, root.GetProperty("latency").GetProperty("p50").GetDouble());
        var days = root.GetProperty("daily").EnumerateArray().ToList();
        Assert.InRange(days.Count, 1, 2);
        Assert.Equal(4, days.Sum(day => day.GetProperty("operations").GetInt32()));
    }

    [Fact]
    public async Task Usage_in_text_has_a_line_per_day()
    {
        await using (var store = await SqliteCatalogStore.OpenAsync(Path.Combine(_files.Path, SqliteCatalogStore.FileName), CancellationToken.None))
        {
            await store.PublishAsync(Publication(), 0, CancellationToken.None);
        }

        var run = await GatewayRun.StartAsync("product", "usage", "urn:dp:sales:orders", "--data-dir", _files.Path);

        Assert.Equal(0, run.ExitCode);
        var lines = run.Out.Split('\n');
        Assert.StartsWith("urn:dp:sales:orders: 0 operations, 0 fetches, 0 with errors; latency p50 -, p95 -, p99 -", lines[0], StringComparison.Ordinal);
        Assert.Equal(2 + 8, lines.Length);
    }

    [Fact]
    public async Task Usage_of_a_product_the_catalog_does_not_have_is_unusable_input()
    {
        await using (await SqliteCatalogStore.OpenAsync(Path.Combine(_files.Path, SqliteCatalogStore.FileName), CancellationToken.None))
        {
        }

        var run = await GatewayRun.StartAsync("product", "usage", "urn:dp:sales:orders", "--data-dir", _files.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("The catalog has no product urn:dp:sales:orders", run.Error, StringComparison.Ordinal);
    }

    private static ProductPublication Publication() => new(
        Orders, "sales", null, "Orders", "All orders.", "ana", null, DataClassification.Clean, [], SemanticVersion.Parse("1.0.0"),
        LifecycleStatus.Published, "descriptor", null, null, [], [], [], [], [], null, "test");
}
