namespace Gateway.Federation.Planning;

/// <summary>
/// A value set in each representation before an entity fetch sends it (Apollo's <c>inputRewrites</c>, a
/// <c>ValueSetter</c>): for an <c>@interfaceObject</c> subgraph, <c>__typename</c> must name the interface,
/// not the concrete type the other subgraph returned. <see cref="Path"/> starts with the requires' fragment
/// (<c>... on Media</c>) and ends with the field to set.
/// </summary>
public sealed record InputRewrite(IReadOnlyList<string> Path, string SetValueTo);
