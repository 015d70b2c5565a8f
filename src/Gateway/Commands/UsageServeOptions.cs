using System.CommandLine;
using Gateway.Usage;

namespace Gateway.Commands;

/// <summary>
/// How <c>serve</c> (<c>--registry</c>, <c>--demo</c>) writes the usage it measures per product: how often
/// (<c>--usage-flush-interval</c>, seconds, default 10) and how long the catalog keeps it (<c>--usage-retention-days</c>,
/// default 30; per-minute detail is kept 2 days at most).
/// </summary>
public sealed class UsageServeOptions
{
    public Option<double?> FlushSeconds { get; } = new("--usage-flush-interval")
    {
        Description = "Seconds between writes of the usage measured per product to the catalog (default 10).",
    };

    public Option<int?> RetentionDays { get; } = new("--usage-retention-days")
    {
        Description = "Days of hourly usage the catalog keeps; older hours are deleted (default 30).",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(FlushSeconds);
        command.Options.Add(RetentionDays);
    }

    public ProductUsageOptions Read(ParseResult parseResult)
    {
        var options = new ProductUsageOptions();
        if (parseResult.GetValue(FlushSeconds) is { } seconds)
        {
            if (!double.IsFinite(seconds) || seconds < 0.1 || seconds > 86_400)
            {
                throw new UnusableInputException($"--usage-flush-interval {seconds}: give a number of seconds from 0.1 to 86400 (e.g. 10).");
            }

            options = options with { FlushInterval = TimeSpan.FromSeconds(seconds) };
        }

        if (parseResult.GetValue(RetentionDays) is { } days)
        {
            if (days is < 1 or > 3_650)
            {
                throw new UnusableInputException($"--usage-retention-days {days}: give a number of days from 1 to 3650 (e.g. 30).");
            }

            options = options with { Retention = TimeSpan.FromDays(days) };
        }

        return options;
    }
}
