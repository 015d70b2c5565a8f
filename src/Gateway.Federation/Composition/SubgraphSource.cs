namespace Gateway.Federation.Composition;

/// <summary>One subgraph to compose: its name (the <c>join__Graph</c> name), where the gateway reaches it, and its SDL
/// as <c>{ _service { sdl } }</c> returns it (Federation 2 with <c>@link</c>, or Federation 1 without).</summary>
/// <param name="Name">The subgraph name; unique within a composition.</param>
/// <param name="Url">The URL written into <c>@join__graph(url:)</c>.</param>
/// <param name="Sdl">The subgraph schema.</param>
public sealed record SubgraphSource(string Name, string Url, string Sdl);
