using Gateway.GraphQL.Language;

namespace Gateway.Federation.Composition.Satisfiability;

/// <summary>
/// A vertex of the query graph: a type as one subgraph defines it, reached through a field whose <c>@provides</c>
/// (if any) makes some of its <c>@external</c> fields resolvable there.
/// </summary>
/// <param name="Subgraph">The subgraph's index in <see cref="QueryGraph.Subgraphs"/>.</param>
/// <param name="Type">The subgraph's definition of the type.</param>
/// <param name="Provided">The part of a <c>@provides</c> field set that applies at this type, or null.</param>
internal readonly record struct SubgraphVertex(int Subgraph, SubgraphType Type, SelectionSetNode? Provided);
