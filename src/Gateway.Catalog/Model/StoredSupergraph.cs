namespace Gateway.Catalog.Model;

/// <summary>
/// A supergraph the registry composed and stored: versions start at 1 and increase by one with every accepted
/// subgraph change, so every gateway replica can tell whether what it serves is the newest.
/// </summary>
/// <param name="Version">The supergraph version; 1 for the first.</param>
/// <param name="Sdl">The composed supergraph (join-spec SDL).</param>
/// <param name="Change">What produced it, for operators: <c>register products</c>, <c>remove reviews</c>.</param>
/// <param name="CreatedAt">When it was stored.</param>
public sealed record StoredSupergraph(long Version, string Sdl, string Change, DateTimeOffset CreatedAt);
