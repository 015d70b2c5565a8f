namespace Gateway.Federation.Supergraphs;

/// <summary>
/// A name that a subgraph lists for a type: an interface it implements there (<c>@join__implements</c>) or a
/// member of a union there (<c>@join__unionMember</c>).
/// </summary>
public sealed record SubgraphMember(SubgraphInfo Subgraph, string Name);
