namespace Gateway.Catalog.Model;

/// <summary>
/// The fixed latency buckets the gateway counts subgraph fetches in, and the percentiles read back from them. Fixed
/// buckets make every count a plain sum (minutes add up to hours, gateway replicas add up to the product), so a
/// percentile is derived at read time from summed buckets, never averaged. The bounds grow by about half each step
/// (a percentile read from them is within a bucket's width of the true value), from one millisecond up to ten
/// seconds; the last bucket holds everything slower.
/// </summary>
public static class LatencyHistogram
{
    /// <summary>The inclusive upper bound of each bucket but the last, in milliseconds.</summary>
    public static IReadOnlyList<double> UpperBounds { get; } =
    [
        1, 2, 3, 5, 7.5, 10, 15, 20, 30, 50, 75, 100, 150, 200, 300, 500, 750, 1_000, 2_000, 5_000, 10_000,
    ];

    /// <summary>How many buckets a histogram has: one per upper bound, and one for slower fetches.</summary>
    public static int BucketCount { get; } = UpperBounds.Count + 1;

    /// <summary>The bucket a duration falls in.</summary>
    public static int BucketOf(double milliseconds)
    {
        var bounds = UpperBounds;
        for (var i = 0; i < bounds.Count; i++)
        {
            if (milliseconds <= bounds[i])
            {
                return i;
            }
        }

        return bounds.Count;
    }

    /// <summary>
    /// The duration below which <paramref name="quantile"/> (0 to 1) of the counted fetches fall, interpolated linearly
    /// within the bucket that holds it (the way Prometheus' <c>histogram_quantile</c> reads fixed buckets); a quantile
    /// in the last, unbounded bucket reads as its lower bound. Null when nothing was counted.
    /// </summary>
    public static double? Percentile(IReadOnlyList<long> counts, double quantile)
    {
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentOutOfRangeException.ThrowIfLessThan(quantile, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quantile, 1);
        long total = 0;
        for (var i = 0; i < counts.Count; i++)
        {
            total += counts[i];
        }

        if (total == 0)
        {
            return null;
        }

        var rank = quantile * total;
        long below = 0;
        var bounds = UpperBounds;
        for (var i = 0; i < counts.Count; i++)
        {
            var count = counts[i];
            if (count > 0 && below + count >= rank)
            {
                var lower = i == 0 ? 0 : bounds[i - 1];
                if (i >= bounds.Count)
                {
                    return lower;
                }

                return lower + (bounds[i] - lower) * ((rank - below) / count);
            }

            below += count;
        }

        return bounds[^1];
    }
}
