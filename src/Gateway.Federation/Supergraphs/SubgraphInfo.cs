namespace Gateway.Federation.Supergraphs;

/// <summary>
/// One subgraph as the supergraph names it: <paramref name="Name"/> is its <c>join__Graph</c> enum value
/// (what every join directive refers to), <paramref name="DisplayName"/> and <paramref name="Url"/> come from
/// <c>@join__graph(name:, url:)</c> (join spec v0.2+, "graph").
/// </summary>
public sealed record SubgraphInfo(string Name, string DisplayName, string Url);
