using System.Diagnostics.Metrics;
using Gateway.Catalog.Documents.Profile;
using Gateway.Catalog.Model;
using Gateway.Catalog.Storage;
using Gateway.Publishing;
using Gateway.Tests.Publishing;
using Gateway.Usage;
using Microsoft.AspNetCore.Builder;

namespace Gateway.Tests.Usage;

/// <summary>
/// Usage measured per product end to end: a gateway over Kestrel serving two published products' subgraphs, real
/// queries, the counts written to the catalog (SQLite, and PostgreSQL where the store matters) and read back exactly.
/// </summary>
public sealed class ProductUsageTests(PublishingDatabases databases) : IClassFixture<PublishingDatabases>
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly ProductUrn Orders = ProductUrn.Parse("urn:dp:sales:orders");
    private static readonly ProductUrn Returns = ProductUrn.Parse("urn:dp:sales:returns");
    private static readonly DateTimeOffset Long = DateTimeOffset.UnixEpoch;

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Each_product_counts_the_operations_and_fetches_that_reached_its_subgraph(string store)
    {
        using var meter = new ProductUsageMeter();
        await using var rig = await databases.StartRigAsync(store, meter);
        await using var returns = await StartReturnsAsync(rig);
        await using var writer = new ProductUsageWriter(meter, rig.Store, run: false);

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal("""{"data":{"orders":[{"total":42}]}}""", (await rig.Gateway.QueryAsync("{ orders { total } }")).Body);
        }

        for (var i = 0; i < 2; i++)
        {
            Assert.Equal("""{"data":{"returnsCount":"returnsCount-value"}}""", (await rig.Gateway.QueryAsync("{ returnsCount }")).Body);
        }

        Assert.Equal(
            """{"data":{"orders":[{"total":42}],"returnsCount":"returnsCount-value"}}""",
            (await rig.Gateway.QueryAsync("{ orders { total } returnsCount }")).Body);
        // The catalog's own API is answered by the gateway, not a product's subgraph: it is no product's usage.
        await rig.Gateway.QueryAsync("{ catalog { product(urn: \"urn:dp:sales:orders\") { name } } }");

        Assert.Equal(2, await writer.FlushAsync(None));

        var orders = await TotalAsync(rig.Store, Orders);
        Assert.Equal((4L, 4L, 0L), (orders.Operations, orders.Fetches, orders.Errors));
        Assert.Equal(4, orders.LatencyBuckets.Sum());
        var returned = await TotalAsync(rig.Store, Returns);
        Assert.Equal((3L, 3L, 0L), (returned.Operations, returned.Fetches, returned.Errors));
        Assert.Equal(3, returned.LatencyBuckets.Sum());
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task A_subgraph_that_is_down_counts_errors_for_its_product_only(string store)
    {
        using var meter = new ProductUsageMeter();
        await using var rig = await databases.StartRigAsync(store, meter);
        var returns = await StartReturnsAsync(rig);
        await using var writer = new ProductUsageWriter(meter, rig.Store, run: false);
        await rig.Gateway.QueryAsync("{ returnsCount }");
        await returns.DisposeAsync();

        var failed = await rig.Gateway.QueryAsync("{ orders { total } returnsCount }");
        await rig.Gateway.QueryAsync("{ returnsCount }");
        await writer.FlushAsync(None);

        Assert.Contains("returns", failed.Body, StringComparison.Ordinal);
        Assert.Contains("\"orders\":[{\"total\":42}]", failed.Body, StringComparison.Ordinal);
        var returned = await TotalAsync(rig.Store, Returns);
        Assert.Equal((3L, 3L, 2L), (returned.Operations, returned.Fetches, returned.Errors));
        var orders = await TotalAsync(rig.Store, Orders);
        Assert.Equal((1L, 1L, 0L), (orders.Operations, orders.Fetches, orders.Errors));
    }

    [Fact]
    public async Task The_catalog_api_reports_a_products_usage_in_total_and_per_day()
    {
        using var meter = new ProductUsageMeter();
        await using var rig = await PublishingRig.StartAsync(usage: meter);
        await using var returns = await StartReturnsAsync(rig);
        await using var writer = new ProductUsageWriter(meter, rig.Store, run: false);
        await rig.Gateway.QueryAsync("{ returnsCount }");
        await rig.Gateway.QueryAsync("{ orders { total } returnsCount }");
        await writer.FlushAsync(None);

        var (status, body) = await rig.Gateway.QueryAsync("""
            { catalog { product(urn: "urn:dp:sales:returns") {
                week: usage { window operations fetches errors errorRate latency { p50 p95 p99 } daily { date operations errorRate } }
                hour: usage(window: LAST_HOUR) { window operations }
                month: usage(window: LAST_30_DAYS) { daily { date } } } } }
            """);

        using var document = System.Text.Json.JsonDocument.Parse(body);
        Assert.True(status == 200 && !document.RootElement.TryGetProperty("errors", out _), body);
        var product = document.RootElement.GetProperty("data").GetProperty("catalog").GetProperty("product");
        var week = product.GetProperty("week");
        Assert.Equal("LAST_7_DAYS", week.GetProperty("window").GetString());
        Assert.Equal((2, 2, 0), (week.GetProperty("operations").GetInt32(), week.GetProperty("fetches").GetInt32(), week.GetProperty("errors").GetInt32()));
        Assert.Equal(0, week.GetProperty("errorRate").GetDouble());
        var p50 = week.GetProperty("latency").GetProperty("p50").GetDouble();
        Assert.True(p50 > 0 && p50 <= week.GetProperty("latency").GetProperty("p99").GetDouble(), body);
        var days = week.GetProperty("daily").EnumerateArray().ToList();
        Assert.Equal(8, days.Count);
        Assert.Equal(DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), days[^1].GetProperty("date").GetString());
        Assert.Equal(2, days[^1].GetProperty("operations").GetInt32());
        Assert.All(days.SkipLast(1), day => Assert.Equal((0, System.Text.Json.JsonValueKind.Null), (day.GetProperty("operations").GetInt32(), day.GetProperty("errorRate").ValueKind)));
        Assert.Equal(("LAST_HOUR", 2), (product.GetProperty("hour").GetProperty("window").GetString(), product.GetProperty("hour").GetProperty("operations").GetInt32()));
        Assert.Equal(31, product.GetProperty("month").GetProperty("daily").GetArrayLength());
    }

    [Fact]
    public async Task A_write_stores_only_what_was_counted_since_the_last_one()
    {
        using var meter = new ProductUsageMeter();
        await using var rig = await PublishingRig.StartAsync(usage: meter);
        await using var writer = new ProductUsageWriter(meter, rig.Store, run: false);
        await rig.PublishOrdersAsync("1.0.0", ["total: Int"]);
        await rig.Gateway.QueryAsync("{ orders { total } }");
        await writer.FlushAsync(None);

        Assert.Equal(0, await writer.FlushAsync(None));
        await rig.Gateway.QueryAsync("{ orders { total } }");
        Assert.Equal(1, await writer.FlushAsync(None));

        Assert.Equal(2, (await TotalAsync(rig.Store, Orders)).Operations);
    }

    [Fact]
    public async Task Metrics_publish_the_counts_tagged_by_product()
    {
        using var meter = new ProductUsageMeter();
        await using var rig = await PublishingRig.StartAsync(usage: meter);
        await using var writer = new ProductUsageWriter(meter, rig.Store, run: false);
        var durations = new List<(double Value, string? Product)>();
        var operations = new Dictionary<string, long>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, self) =>
        {
            if (ReferenceEquals(instrument.Meter, meter.Meter))
            {
                self.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) =>
        {
            lock (durations)
            {
                durations.Add((value, Tag(tags, "product")));
            }
        });
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            if (instrument.Name == ProductUsageMeter.OperationsName)
            {
                operations[Tag(tags, "product")!] = value;
            }
        });
        listener.Start();
        await rig.PublishOrdersAsync("1.0.0", ["total: Int"]);
        await rig.Gateway.QueryAsync("{ orders { total } }");
        await writer.FlushAsync(None); // learns the subgraph's product
        await rig.Gateway.QueryAsync("{ orders { total } }");

        listener.RecordObservableInstruments();

        Assert.Equal(2, operations["urn:dp:sales:orders"]);
        lock (durations)
        {
            Assert.Equal(2, durations.Count);
            Assert.Equal("urn:dp:sales:orders", durations[1].Product);
            Assert.All(durations, duration => Assert.True(duration.Value >= 0));
        }
    }

    private static string? Tag(ReadOnlySpan<KeyValuePair<string, object?>> tags, string name)
    {
        foreach (var tag in tags)
        {
            if (tag.Key == name)
            {
                return tag.Value as string;
            }
        }

        return null;
    }

    /// <summary>Publishes the orders product on the rig's subgraph and the returns product on a subgraph of its own (returned, to stop it).</summary>
    private static async Task<WebApplication> StartReturnsAsync(PublishingRig rig)
    {
        Assert.Equal(PublishStatus.Published, (await rig.PublishOrdersAsync("1.0.0", ["total: Int"])).Status);
        return await RootFieldProducts.PublishAsync(rig, "returns");
    }

    private static async Task<ProductUsageBucket> TotalAsync(IProductUsageStore store, ProductUrn product) =>
        ProductUsageBucket.Sum(Long, await store.ReadUsageAsync(product, UsageResolution.Hour, Long, DateTimeOffset.UtcNow.AddHours(1), None));
}
