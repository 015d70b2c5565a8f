namespace Gateway.Catalog.Benchmarks;

/// <summary>Latencies of one scenario, in milliseconds.</summary>
internal sealed class Timings
{
    private readonly List<double> _milliseconds = [];

    public void Add(TimeSpan elapsed) => _milliseconds.Add(elapsed.TotalMilliseconds);

    /// <summary>The nearest-rank percentile (100 is the maximum).</summary>
    public double Percentile(int percentile)
    {
        var sorted = _milliseconds.Order().ToArray();
        var rank = (int)Math.Ceiling(percentile / 100.0 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }
}
