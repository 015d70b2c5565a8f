namespace Gateway.Subgraph.Building;

/// <summary>
/// A type of the subgraph with at least one <c>@key</c>. It is resolvable, and so reachable through
/// <c>_entities</c>, when one of its keys is not <c>resolvable: false</c> (Apollo Federation, <c>@key</c>).
/// An interface entity (Federation 2.3) is reached by the interface's name and resolved to an implementation.
/// </summary>
internal sealed record EntityDeclaration(string Name, bool IsInterface, bool IsResolvable);
