using Gateway.Federation.Supergraphs;

namespace Gateway.Federation.Planning;

/// <summary>
/// Where an entity jump goes: the subgraph, the key its representations carry and the type the target knows
/// the entity as (the parent type itself, or an interface the target defines as an <c>@interfaceObject</c>).
/// </summary>
internal sealed record EntityJump(SubgraphInfo Subgraph, EntityKey Key, string EntityType);
