using System.Diagnostics.Metrics;
using Gateway.Catalog.Documents.Profile;
using Gateway.Catalog.Model;
using Gateway.Catalog.Storage;
using Gateway.Publishing;
using Gateway.Subgraph;
using Gateway.Subgraph.Hosting;
using Gateway.Tests.Publishing;
using Gateway.Tests.Registry;
using Gateway.Usage;
using Microsoft.AspNetCore.Builder;

namespace Gateway.Tests.Usage;

/// <summary>
/// Usage measured per product end to end: a gateway over Kestrel serving two published products' subgraphs, real
/// queries, the counts written to the SQLite catalog and read back exactly.
/// </summary>
public sealed class ProductUsageTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly ProductUrn Orders = ProductUrn.Parse("urn:dp:sales:orders");
    private static readonly ProductUrn Returns = ProductUrn.Parse("urn:dp:sales:returns");
    private static readonly DateTimeOffset Long = DateTimeOffset.UnixEpoch;

    [Fact]
    public async Task Each_product_counts_the_operations_and_fetches_that_reached_its_subgraph()
    {
        using var meter = new ProductUsageMeter();
        await using var rig = await PublishingRig.StartAsync(usage: meter);
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

    [Fact]
    public async Task A_subgraph_that_is_down_counts_errors_for_its_product_only()
    {
        using var meter = new ProductUsageMeter();
        await using var rig = await PublishingRig.StartAsync(usage: meter);
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
        var (descriptor, contract, sdl) = TestProducts.RootFieldProduct("returns", "returnsCount");
        var server = SubgraphServer.Create(
            new SubgraphBuilder(sdl).Resolve("Query.returnsCount", _ => ValueTask.FromResult<object?>("returnsCount-value")).Build(),
            ["http://127.0.0.1:0"], configureBuilder: RegistrySubgraphs.Quiet);
        await server.StartAsync();
        var published = await rig.Publisher.PublishAsync(new PublishRequest(descriptor, contract, SubgraphServer.ListeningUrl(server)), None);
        Assert.Equal(PublishStatus.Published, published.Status);
        return server;
    }

    private static async Task<ProductUsageBucket> TotalAsync(IProductUsageStore store, ProductUrn product)
    {
        var hours = await store.ReadUsageAsync(product, UsageResolution.Hour, Long, DateTimeOffset.UtcNow.AddHours(1), None);
        var latency = new long[LatencyHistogram.BucketCount];
        long operations = 0, fetches = 0, errors = 0;
        foreach (var hour in hours)
        {
            operations += hour.Operations;
            fetches += hour.Fetches;
            errors += hour.Errors;
            for (var i = 0; i < latency.Length; i++)
            {
                latency[i] += hour.LatencyBuckets[i];
            }
        }

        return new ProductUsageBucket(Long, operations, fetches, errors, latency);
    }
}
