namespace Gateway.Federation.Composition;

/// <summary>A type as one subgraph defines it, with the subgraph.</summary>
/// <param name="Subgraph">The subgraph.</param>
/// <param name="Type">Its definition of the type.</param>
internal readonly record struct SourceType(SubgraphSchema Subgraph, SubgraphType Type);
