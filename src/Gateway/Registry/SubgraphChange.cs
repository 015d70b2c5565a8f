using Gateway.Catalog.Model;

namespace Gateway.Registry;

/// <summary>
/// A subgraph to register or change. With no <see cref="Sdl"/>, the registry asks <see cref="Url"/> for
/// <c>{ _service { sdl } }</c>.
/// </summary>
/// <param name="Name">The subgraph name: its <c>join__Graph</c> name in the supergraph.</param>
/// <param name="Url">Where the gateway reaches it.</param>
/// <param name="Sdl">Its schema; null to fetch it from the subgraph.</param>
/// <param name="OwnerDomain">The domain that owns it (a lower-case slug); <see cref="SubgraphRegistry.DefaultDomain"/> when null.</param>
/// <param name="Version">Its version; 1.0.0 when null.</param>
/// <param name="Status">Active and deprecated subgraphs are composed; retired ones stay registered but leave the supergraph.</param>
public sealed record SubgraphChange(
    string Name,
    Uri Url,
    string? Sdl = null,
    string? OwnerDomain = null,
    SemanticVersion? Version = null,
    SubgraphStatus Status = SubgraphStatus.Active);
