namespace Gateway.Catalog.Tests.Storage;

/// <summary>A clock the test sets by hand, so stored times and expiries are exact.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
