namespace Gateway.Catalog.Model;

/// <summary>A product's usage over one period starting at <see cref="Start"/> (a stored minute or hour, or a sum of them), summed over every gateway.</summary>
public sealed record ProductUsageBucket(
    DateTimeOffset Start, long Operations, long Fetches, long Errors, IReadOnlyList<long> LatencyBuckets)
{
    /// <summary>The share of operations in which the product's subgraph failed or answered errors; null without operations.</summary>
    public double? ErrorRate => Operations == 0 ? null : (double)Errors / Operations;

    /// <summary>The fetch latency (ms) below which <paramref name="quantile"/> of the fetches fall (see <see cref="LatencyHistogram.Percentile"/>).</summary>
    public double? Latency(double quantile) => LatencyHistogram.Percentile(LatencyBuckets, quantile);

    /// <summary>The sum of <paramref name="buckets"/>, as one period starting at <paramref name="start"/>.</summary>
    public static ProductUsageBucket Sum(DateTimeOffset start, IEnumerable<ProductUsageBucket> buckets)
    {
        ArgumentNullException.ThrowIfNull(buckets);
        var latency = new long[LatencyHistogram.BucketCount];
        long operations = 0, fetches = 0, errors = 0;
        foreach (var bucket in buckets)
        {
            operations += bucket.Operations;
            fetches += bucket.Fetches;
            errors += bucket.Errors;
            for (var i = 0; i < latency.Length && i < bucket.LatencyBuckets.Count; i++)
            {
                latency[i] += bucket.LatencyBuckets[i];
            }
        }

        return new ProductUsageBucket(start, operations, fetches, errors, latency);
    }
}
