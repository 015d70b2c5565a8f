using Gateway.GraphQL.Types;

namespace Gateway.Subgraph.Entities;

/// <summary>A resolvable entity type and its reference resolver; without one, an entity is its representation.</summary>
internal sealed record EntityBinding(ComplexType Type, ReferenceResolver? Resolver);
