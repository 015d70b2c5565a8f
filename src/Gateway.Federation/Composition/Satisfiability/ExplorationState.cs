using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.Federation.Composition.Satisfiability;

/// <summary>A point of the walk over the API schema: the supergraph type reached, by which path, and the subgraph vertices the query can be at there.</summary>
/// <param name="Operation">The root operation the path starts from.</param>
/// <param name="Type">The supergraph type reached.</param>
/// <param name="Options">The subgraph vertices that can answer what is selected next, in the order they were reached.</param>
/// <param name="Path">The path from the root type; null at the root.</param>
internal sealed record ExplorationState(OperationType Operation, NamedType Type, List<SubgraphVertex> Options, QueryPath? Path);
