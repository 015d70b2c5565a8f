namespace Gateway.Search.Indexing;

/// <summary>How usage enters search ranking: the window it is summed over, and when a change is worth re-indexing a product.</summary>
public sealed record UsageRankingOptions
{
    /// <summary>Usage is the operations of the hours that started within this window before now.</summary>
    public TimeSpan Window { get; init; } = TimeSpan.FromDays(7);

    /// <summary>How often the indexer looks for products whose usage moved.</summary>
    public TimeSpan RefreshInterval { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>A product is re-indexed when its usage moved by at least this share of what is indexed...</summary>
    public double MinimumRelativeChange { get; init; } = 0.2;

    /// <summary>...and by at least this many operations (so a product going from 1 to 2 operations is left alone).</summary>
    public long MinimumChange { get; init; } = 1;
}
