namespace Gateway.Search.Indexing;

/// <summary>How the indexer reads the outbox and waits: batch size, the pause when caught up, and the backoff while the index fails.</summary>
public sealed record SearchIndexerOptions
{
    /// <summary>The outbox consumer the indexer reads as; two indexes over one catalog need two names.</summary>
    public string Consumer { get; init; } = "search-index";

    /// <summary>Events read (and products rebuilt) at a time.</summary>
    public int BatchSize { get; init; } = 200;

    /// <summary>The pause between looks at the outbox once everything is indexed.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The first wait after a failure; each failure in a row doubles it, up to <see cref="MaxBackoff"/>.</summary>
    public TimeSpan InitialBackoff { get; init; } = TimeSpan.FromMilliseconds(200);

    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The wait after <paramref name="failures"/> failures in a row: the initial backoff doubled each time, at most the maximum.</summary>
    public TimeSpan BackoffAfter(int failures)
    {
        var wait = InitialBackoff.TotalMilliseconds * Math.Pow(2, Math.Clamp(failures, 0, 30));
        return TimeSpan.FromMilliseconds(Math.Min(wait, MaxBackoff.TotalMilliseconds));
    }
}
