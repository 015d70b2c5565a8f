namespace Gateway.Usage;

/// <summary>A subgraph's counts at one moment (see <see cref="SubgraphUsageCounters"/>); two readings subtract to what happened between them.</summary>
public sealed record SubgraphUsageTotals(long Operations, long Fetches, long Errors, IReadOnlyList<long> LatencyBuckets)
{
    /// <summary>What was counted after <paramref name="earlier"/> (everything when it is null).</summary>
    public SubgraphUsageTotals Since(SubgraphUsageTotals? earlier)
    {
        if (earlier is null)
        {
            return this;
        }

        var latency = new long[LatencyBuckets.Count];
        for (var i = 0; i < latency.Length; i++)
        {
            latency[i] = LatencyBuckets[i] - earlier.LatencyBuckets[i];
        }

        return new SubgraphUsageTotals(Operations - earlier.Operations, Fetches - earlier.Fetches, Errors - earlier.Errors, latency);
    }

    /// <summary>True when nothing was counted.</summary>
    public bool IsEmpty => Operations == 0 && Fetches == 0 && Errors == 0;
}
