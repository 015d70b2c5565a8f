namespace Gateway.Registry;

/// <summary>How <see cref="SupergraphFollower"/> follows the registry.</summary>
public sealed record FollowerOptions
{
    /// <summary>How often the store is asked for a newer supergraph version.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>Whether each subgraph is also asked for its SDL every poll (off by default: it costs a request per subgraph).</summary>
    public bool PollSubgraphs { get; init; }
}
