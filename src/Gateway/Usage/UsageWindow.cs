namespace Gateway.Usage;

/// <summary>The windows usage is reported over, ending now: the last hour reads per-minute usage, the others per-hour usage.</summary>
public enum UsageWindow
{
    LastHour,
    LastDay,
    Last7Days,
    Last30Days,
}
