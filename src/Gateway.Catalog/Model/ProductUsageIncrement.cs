using Gateway.Catalog.Documents.Profile;

namespace Gateway.Catalog.Model;

/// <summary>
/// What a gateway counted for one product since it last wrote: operations that fetched from the product's subgraph,
/// the fetches themselves, operations in which the subgraph failed or answered errors, and the fetches' latencies
/// counted in <see cref="LatencyHistogram"/> buckets. The store adds it to the minute and the hour that hold <see cref="At"/>.
/// </summary>
public sealed record ProductUsageIncrement(
    ProductUrn Product, DateTimeOffset At, long Operations, long Fetches, long Errors, IReadOnlyList<long> LatencyBuckets);
