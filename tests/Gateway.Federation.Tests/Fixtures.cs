using Gateway.Federation.Supergraphs;

namespace Gateway.Federation.Tests;

/// <summary>
/// The supergraph fixtures under <c>Supergraphs/</c>: each folder holds subgraph SDLs, the supergraph
/// <c>@apollo/composition</c> 2.14 composed from them and the API schema Apollo derives (<c>api.graphql</c>).
/// </summary>
internal static class Fixtures
{
    public static string PathOf(string folder, string file = "supergraph.graphql") =>
        Path.Combine(AppContext.BaseDirectory, "Supergraphs", folder, file);

    public static string Text(string folder, string file = "supergraph.graphql") => File.ReadAllText(PathOf(folder, file));

    public static Supergraph Read(string folder) => SupergraphReader.Read(Text(folder));
}
