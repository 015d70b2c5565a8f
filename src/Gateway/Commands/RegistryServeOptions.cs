using System.CommandLine;
using Gateway.Registry;

namespace Gateway.Commands;

/// <summary>
/// The options of <c>gateway serve --registry</c>: the catalog store (<c>--data-dir</c>, which <c>serve</c> shares
/// with <c>--demo</c>, or <c>--postgres</c>, as the catalog verbs choose it), how often the store is polled for a
/// newer supergraph, and whether subgraphs are polled for SDL changes.
/// </summary>
public sealed class RegistryServeOptions
{
    public Option<bool> Registry { get; } = new("--registry")
    {
        Description = "Serve the supergraph stored by the subgraph registry and follow its changes ('gateway subgraph register').",
    };

    /// <summary>The data directory option <c>serve</c> defines once (see <see cref="Demo.DemoOptions"/>).</summary>
    public const string DataDirectoryName = "--data-dir";

    public Option<string?> Postgres { get; } = new("--postgres")
    {
        Description = $"With --registry or --auth: a PostgreSQL connection string for the catalog store (or set {CatalogStoreOptions.PostgresVariable}).",
    };

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
        Description = "Also answer the admin field catalog { ... } (registerSubgraph, removeSubgraph, subgraphs). Without --auth unauthenticated: trusted networks only (with --auth the changes are served to the roles each needs).",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Registry);
        command.Options.Add(Admin);
        command.Options.Add(Postgres);
        command.Options.Add(PollSeconds);
        command.Options.Add(PollSubgraphs);
    }

    public bool IsSet(ParseResult parseResult) => parseResult.GetValue(Registry);

    /// <summary>The catalog store, chosen as the catalog verbs choose it: PostgreSQL when given, else <c>catalog.db</c> under the data directory.</summary>
    public Catalog.Storage.CatalogStoreSettings StoreSettings(ParseResult parseResult) => new()
    {
        DataDirectory = parseResult.GetValue<DirectoryInfo?>(DataDirectoryName)?.FullName ?? "data",
        PostgresConnectionString = parseResult.GetValue(Postgres) ?? Environment.GetEnvironmentVariable(CatalogStoreOptions.PostgresVariable),
    };

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
