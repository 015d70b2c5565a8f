namespace Gateway.Federation.Supergraphs;

/// <summary>
/// A type as one subgraph defines it (one or more <c>@join__type(graph:)</c> for that graph): its keys,
/// whether the subgraph declared it as an extension (<c>extend type</c> or <c>@extends</c>, Federation 1
/// style), and whether it is an <c>@interfaceObject</c> there (join v0.3: an object type in the subgraph
/// standing in for an interface of the supergraph).
/// </summary>
public sealed record TypeInSubgraph(
    SubgraphInfo Subgraph,
    IReadOnlyList<EntityKey> Keys,
    bool IsExtension,
    bool IsInterfaceObject)
{
    /// <summary>True when the subgraph has a key it can resolve the entity by.</summary>
    public bool IsResolvableEntity => Keys.Any(key => key.Resolvable);
}
