namespace Gateway.Catalog.Model;

/// <summary>The subgraph a publish registers: its name, where it answers, and the SDL it served (<c>_service { sdl }</c>).</summary>
public sealed record SubgraphEndpoint(string Name, Uri Url, string Sdl);
