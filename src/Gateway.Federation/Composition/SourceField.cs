namespace Gateway.Federation.Composition;

/// <summary>A field as one subgraph defines it, with its type and subgraph.</summary>
/// <param name="Subgraph">The subgraph.</param>
/// <param name="Type">The subgraph's definition of the parent type.</param>
/// <param name="Field">The subgraph's definition of the field.</param>
internal readonly record struct SourceField(SubgraphSchema Subgraph, SubgraphType Type, SubgraphField Field);
