namespace Gateway.Catalog.Model;

/// <summary>A product's usage over one stored period (a minute or an hour) starting at <see cref="Start"/>, summed over every gateway.</summary>
public sealed record ProductUsageBucket(
    DateTimeOffset Start, long Operations, long Fetches, long Errors, IReadOnlyList<long> LatencyBuckets);
