namespace Gateway.Federation.Planning;

/// <summary>
/// A key renamed in a fetch's result before it merges (Apollo's <c>outputRewrites</c>, a <c>KeyRenamer</c>): the
/// fetch asked for a field under an alias because, in the subgraph's schema, two selections of that response name
/// have different types and would not merge (spec 5.3.2 Field Selection Merging). <see cref="Path"/> leads from
/// the fetch's root (each entity, for an entity fetch) through response names and <c>... on T</c> segments to the
/// aliased key; <see cref="RenameKeyTo"/> is the client's response name.
/// </summary>
public sealed record OutputRewrite(IReadOnlyList<string> Path, string RenameKeyTo);
