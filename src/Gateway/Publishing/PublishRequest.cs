namespace Gateway.Publishing;

/// <summary>
/// One publish of a data product version: its descriptor (ODPS v1.0) and contract (ODCS v3.1), and the subgraph that
/// serves it. With <see cref="SubgraphUrl"/> and no <see cref="SubgraphSdl"/>, the subgraph is asked for
/// <c>{ _service { sdl } }</c>; with neither, the product serves no subgraph (a catalog entry only).
/// </summary>
/// <param name="Descriptor">The data product descriptor.</param>
/// <param name="Contract">The data contract the descriptor's output port serves; null for a product without one.</param>
/// <param name="SubgraphUrl">Where the gateway reaches the product's subgraph.</param>
/// <param name="SubgraphSdl">The subgraph's schema, when the caller has it (then it is not fetched).</param>
/// <param name="SubgraphName">The subgraph's name in the supergraph; by default the name it was published under before, else the product's name.</param>
/// <param name="DryRun">Check everything and report, but store nothing and swap nothing.</param>
/// <param name="Actor">Who publishes, for the history.</param>
public sealed record PublishRequest(
    DocumentSource Descriptor,
    DocumentSource? Contract,
    Uri? SubgraphUrl,
    string? SubgraphSdl = null,
    string? SubgraphName = null,
    bool DryRun = false,
    string? Actor = null);
