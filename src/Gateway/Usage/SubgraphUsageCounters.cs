using System.Diagnostics;
using Gateway.Catalog.Model;

namespace Gateway.Usage;

/// <summary>
/// What one subgraph has served since the gateway started: operations that fetched from it, fetches, operations in
/// which it failed or answered errors, and fetch latencies in <see cref="LatencyHistogram"/> buckets. Counts only grow
/// (readers take differences), and each is striped over processors: a request adds to its processor's cache line with
/// one interlocked increment, so concurrent requests neither lock nor fight over a line; a reader sums the stripes.
/// </summary>
public sealed class SubgraphUsageCounters
{
    private const int OperationsCell = 0;
    private const int FetchesCell = 1;
    private const int ErrorsCell = 2;
    private const int LatencyCell = 3;

    // Each stripe starts on its own 64-byte line (8 longs), with a line of padding after it.
    private static readonly int StripeWidth = ((LatencyCell + LatencyHistogram.BucketCount + 7) & ~7) + 8;

    /// <summary>The bucket bounds in <see cref="Stopwatch"/> ticks, so a fetch is bucketed without converting its duration.</summary>
    private static readonly long[] TickBounds = BoundsInTicks();

    private readonly long[] _cells;
    private readonly int _stripeMask;

    public SubgraphUsageCounters(string subgraph)
    {
        ArgumentException.ThrowIfNullOrEmpty(subgraph);
        Subgraph = subgraph;
        var stripes = (int)Math.Min(64, BitOperationsRoundUp(Environment.ProcessorCount));
        _stripeMask = stripes - 1;
        _cells = new long[stripes * StripeWidth];
    }

    /// <summary>The subgraph's name (as registered).</summary>
    public string Subgraph { get; }

    /// <summary>The URN of the product whose subgraph this is, once the catalog has told (metrics are tagged with it).</summary>
    public string? Product
    {
        get => Volatile.Read(ref field);
        set => Volatile.Write(ref field, value);
    }

    /// <summary>Counts one fetch and its duration.</summary>
    public void RecordFetch(long elapsedTicks)
    {
        var stripe = Stripe();
        Interlocked.Increment(ref _cells[stripe + FetchesCell]);
        var bucket = 0;
        var bounds = TickBounds;
        while (bucket < bounds.Length && elapsedTicks > bounds[bucket])
        {
            bucket++;
        }

        Interlocked.Increment(ref _cells[stripe + LatencyCell + bucket]);
    }

    /// <summary>Counts one operation that fetched from the subgraph, and whether the subgraph failed it.</summary>
    public void RecordOperation(bool failed)
    {
        var stripe = Stripe();
        Interlocked.Increment(ref _cells[stripe + OperationsCell]);
        if (failed)
        {
            Interlocked.Increment(ref _cells[stripe + ErrorsCell]);
        }
    }

    /// <summary>Everything counted so far, summed over the stripes.</summary>
    public SubgraphUsageTotals Read()
    {
        var latency = new long[LatencyHistogram.BucketCount];
        long operations = 0, fetches = 0, errors = 0;
        for (var stripe = 0; stripe < _cells.Length; stripe += StripeWidth)
        {
            operations += Volatile.Read(ref _cells[stripe + OperationsCell]);
            fetches += Volatile.Read(ref _cells[stripe + FetchesCell]);
            errors += Volatile.Read(ref _cells[stripe + ErrorsCell]);
            for (var i = 0; i < latency.Length; i++)
            {
                latency[i] += Volatile.Read(ref _cells[stripe + LatencyCell + i]);
            }
        }

        return new SubgraphUsageTotals(operations, fetches, errors, latency);
    }

    private int Stripe() => (Thread.GetCurrentProcessorId() & _stripeMask) * StripeWidth;

    private static long BitOperationsRoundUp(int value) => (long)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(1, value));

    private static long[] BoundsInTicks()
    {
        var bounds = new long[LatencyHistogram.UpperBounds.Count];
        for (var i = 0; i < bounds.Length; i++)
        {
            bounds[i] = (long)(LatencyHistogram.UpperBounds[i] * Stopwatch.Frequency / 1000);
        }

        return bounds;
    }
}
