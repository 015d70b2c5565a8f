namespace Gateway.Registry;

/// <summary>How a gateway follows the registry (<see cref="SupergraphFollower"/>) and whether it serves its admin field.</summary>
public sealed record FollowerOptions
{
    /// <summary>How often the store is asked for a newer supergraph version.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>Whether each subgraph is also asked for its SDL every poll (off by default: it costs a request per subgraph).</summary>
    public bool PollSubgraphs { get; init; }

    /// <summary>Whether the served schema carries the registry's admin field (<see cref="CatalogApi.Subgraphs.SubgraphRegistryModule"/>).</summary>
    public bool AdminApi { get; init; }
}
