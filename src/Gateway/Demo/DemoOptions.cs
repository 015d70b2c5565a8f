using System.CommandLine;
using Gateway.Samples.SystemOfRecord;

namespace Gateway.Demo;

/// <summary>The options of <c>gateway serve</c> that start and shape the demo data mesh.</summary>
public sealed class DemoOptions
{
    private readonly Option<bool> _demo = new("--demo") { Description = "Generate the sample data mesh (registration, sales, player), start its subgraphs, compose and serve them." };
    private readonly Option<bool> _reset = new("--reset") { Description = "With --demo: generate the systems of record again." };
    private readonly Option<DirectoryInfo?> _dataDirectory = new("--data-dir") { Description = $"With --demo: where the systems of record live (default ./{DemoSettings.DefaultDataDirectory})." };
    private readonly Option<int?> _users = new("--demo-users") { Description = $"With --demo: registered users (default {SampleSizes.Default.Users:N0})." };
    private readonly Option<int?> _orders = new("--demo-orders") { Description = $"With --demo: orders (default {SampleSizes.Default.Orders:N0})." };
    private readonly Option<int?> _playEvents = new("--demo-play-events") { Description = $"With --demo: play events (default {SampleSizes.Default.PlayEvents:N0})." };
    private readonly Option<int?> _seed = new("--demo-seed") { Description = $"With --demo: the random seed (default {SampleSizes.Default.Seed})." };

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public DemoOptions(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Options.Add(_demo);
        command.Options.Add(_reset);
        command.Options.Add(_dataDirectory);
        command.Options.Add(_users);
        command.Options.Add(_orders);
        command.Options.Add(_playEvents);
        command.Options.Add(_seed);
    }

    /// <summary>The demo's settings when <c>--demo</c> is given; otherwise null.</summary>
    public DemoSettings? Read(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        if (!parseResult.GetValue(_demo))
        {
            return null;
        }

        var defaults = SampleSizes.Default;
        var sizes = new SampleSizes(
            parseResult.GetValue(_users) ?? defaults.Users,
            parseResult.GetValue(_orders) ?? defaults.Orders,
            parseResult.GetValue(_playEvents) ?? defaults.PlayEvents,
            parseResult.GetValue(_seed) ?? defaults.Seed);
        try
        {
            sizes.Validate();
        }
        catch (ArgumentOutOfRangeException error)
        {
            throw new Commands.UnusableInputException(error.Message);
        }

        return new DemoSettings(parseResult.GetValue(_dataDirectory) ?? new DirectoryInfo(DemoSettings.DefaultDataDirectory), parseResult.GetValue(_reset), sizes);
    }
}
