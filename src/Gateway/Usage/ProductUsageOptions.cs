namespace Gateway.Usage;

/// <summary>How often measured usage is written to the catalog and how long the catalog keeps it.</summary>
public sealed record ProductUsageOptions
{
    /// <summary>How often the counts are written (and once more when the gateway stops).</summary>
    public TimeSpan FlushInterval { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How long hourly usage is kept; older hours are deleted.</summary>
    public TimeSpan Retention { get; init; } = TimeSpan.FromDays(30);

    /// <summary>How long per-minute usage is kept (at most <see cref="Retention"/>): enough for the last hours' detail.</summary>
    public TimeSpan MinuteRetention { get; init; } = TimeSpan.FromDays(2);

    /// <summary>How often the retention sweep runs.</summary>
    public TimeSpan RetentionSweepInterval { get; init; } = TimeSpan.FromHours(1);
}
