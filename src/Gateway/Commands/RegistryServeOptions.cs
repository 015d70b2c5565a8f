using System.CommandLine;
using Gateway.Registry;

namespace Gateway.Commands;

/// <summary>
/// The options of <c>gateway serve --registry</c>: the catalog store (<c>--data-dir</c>, <c>--postgres</c>, as the
/// catalog verbs choose it), how often the store is polled for a newer supergraph, and whether subgraphs are polled
/// for SDL changes.
/// </summary>
public sealed class RegistryServeOptions
{
    public Option<bool> Registry { get; } = new("--registry")
    {
        Description = "Serve the supergraph stored by the subgraph registry and follow its changes ('gateway subgraph register').",
    };

    public CatalogStoreOptions Store { get; } = new();

    public Option<double?> PollSeconds { get; } = new("--poll-interval")
    {
        Description = "Seconds between checks of the store for a newer supergraph (default 3).",
    };

    public Option<bool> PollSubgraphs { get; } = new("--poll-subgraphs")
    {
        Description = "Also ask each subgraph for { _service { sdl } } every poll and register a changed SDL.",
    };

    public Option<bool> Admin { get; } = new("--registry-admin")
    {
        Description = "Also answer the admin field catalog { ... } (registerSubgraph, removeSubgraph, subgraphs). No authentication yet: trusted networks only.",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Registry);
        command.Options.Add(Admin);
        Store.AddTo(command);
        command.Options.Add(PollSeconds);
        command.Options.Add(PollSubgraphs);
    }

    public bool IsSet(ParseResult parseResult) => parseResult.GetValue(Registry);

    public FollowerOptions Follower(ParseResult parseResult)
    {
        var options = new FollowerOptions { PollSubgraphs = parseResult.GetValue(PollSubgraphs), AdminApi = parseResult.GetValue(Admin) };
        if (parseResult.GetValue(PollSeconds) is { } seconds)
        {
            if (!double.IsFinite(seconds) || seconds <= 0 || seconds > 86_400)
            {
                throw new UnusableInputException($"--poll-interval {seconds}: give a number of seconds above 0 (e.g. 3 or 0.5).");
            }

            options = options with { PollInterval = TimeSpan.FromSeconds(seconds) };
        }

        return options;
    }
}
