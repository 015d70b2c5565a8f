using System.Diagnostics;
using Gateway.Catalog.Model;
using Gateway.Federation.Composition;
using Gateway.Usage;

namespace Gateway.Tests.Usage;

public sealed class SubgraphUsageCountersTests
{
    [Fact]
    public void Concurrent_requests_lose_no_counts()
    {
        var counters = new SubgraphUsageCounters("orders");
        var fiveMilliseconds = Stopwatch.Frequency * 5 / 1000;

        Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, _ =>
        {
            for (var i = 0; i < 10_000; i++)
            {
                counters.RecordFetch(fiveMilliseconds);
                counters.RecordOperation(failed: i % 10 == 0);
            }
        });

        var totals = counters.Read();
        Assert.Equal((80_000L, 80_000L, 8_000L), (totals.Operations, totals.Fetches, totals.Errors));
        Assert.Equal(80_000, totals.LatencyBuckets[LatencyHistogram.BucketOf(5)]);
    }

    [Fact]
    public void A_fetch_lands_in_the_bucket_of_its_duration()
    {
        var counters = new SubgraphUsageCounters("orders");

        counters.RecordFetch(Stopwatch.Frequency / 1000 * 40); // 40 ms: (30, 50]
        counters.RecordFetch(Stopwatch.Frequency * 60); // a minute: the unbounded bucket

        var latency = counters.Read().LatencyBuckets;
        Assert.Equal(1, latency[9]);
        Assert.Equal(1, latency[LatencyHistogram.BucketCount - 1]);
    }

    [Fact]
    public void Counting_a_fetch_and_an_operation_allocates_nothing()
    {
        using var meter = new ProductUsageMeter();
        var supergraph = SupergraphComposer.Compose(
            [new SubgraphSource("orders", "http://127.0.0.1:1/graphql", Publishing.TestProducts.OrdersSdl("total: Int"))]).Supergraph!;
        var observer = meter.ObserverFor(supergraph);
        ReadOnlySpan<ulong> fetched = [1UL];
        ReadOnlySpan<ulong> failed = [0UL];
        observer.FetchCompleted(0, 100, failed: false);
        observer.OperationCompleted(fetched, failed);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1_000; i++)
        {
            observer.FetchCompleted(0, 100, failed: false);
            observer.OperationCompleted(fetched, failed);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal(1_001, meter.For("orders").Read().Operations);
    }
}
