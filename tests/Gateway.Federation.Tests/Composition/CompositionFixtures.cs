using Gateway.Federation.Composition;
using Gateway.GraphQL.Language;

namespace Gateway.Federation.Tests.Composition;

/// <summary>
/// Subgraph sets to compose: each is a folder of <c>&lt;subgraph&gt;.graphql</c> files, the subgraph named after the
/// file. <c>Composition/Fixtures/interop</c> holds the SDLs the interop subgraphs serve
/// (<c>tests/Interop/composition/dump-interop-subgraphs.mjs</c>); <c>merge-rules</c> and <c>entities</c> exercise
/// the merge rules the other sets miss (renamed imports, progressive override, composed directives, enums used
/// both ways, interface objects, multi-line arguments, <c>@specifiedBy</c>); <c>satisfiable</c> holds shapes the
/// satisfiability check must accept (key fields fetched from a third subgraph, ...); <c>Composition/Fixtures/broken/&lt;CODE&gt;</c> sets
/// fail with that error code; the <c>Supergraphs/</c> fixtures hold subgraphs next to Apollo's supergraph of them.
/// </summary>
internal static class CompositionFixtures
{
    /// <summary>Sets that compose, as folders under the test output directory.</summary>
    public static readonly string[] ComposingSets =
        ["Composition/Fixtures/interop", "Composition/Fixtures/merge-rules", "Composition/Fixtures/entities", "Composition/Fixtures/satisfiable", "Supergraphs/store", "Supergraphs/fed27", "Supergraphs/fed20", "Supergraphs/fed1",
        "Supergraphs/distributed-interface", "Supergraphs/interface-override", "Supergraphs/parent-entity", "Supergraphs/parent-entity-external",
        "Supergraphs/required-arguments", "Supergraphs/requires-chain", "Supergraphs/root-provides", "Supergraphs/shared-union"];

    public static IEnumerable<string> BrokenSets()
    {
        foreach (var directory in Directory.GetDirectories(PathOf("Composition/Fixtures/broken")).Order(StringComparer.Ordinal))
        {
            yield return "Composition/Fixtures/broken/" + Path.GetFileName(directory);
        }
    }

    /// <summary>The code a broken set is named after: its folder name, up to a <c>--</c> that tells sets with the same code apart.</summary>
    public static string ExpectedCodeOf(string set)
    {
        var name = Path.GetFileName(set);
        var separator = name.IndexOf("--", StringComparison.Ordinal);
        return separator < 0 ? name : name[..separator];
    }

    public static TheoryData<string> ComposingSetData() => [.. ComposingSets];

    public static TheoryData<string> BrokenSetData() => [.. BrokenSets()];

    public static string PathOf(string set) => Path.Combine(AppContext.BaseDirectory, set);

    /// <summary>The URL a subgraph of a set gets, the same in the Node script.</summary>
    public static string UrlOf(string subgraph) => $"http://{subgraph}.subgraph.invalid/graphql";

    public static List<SubgraphSource> Load(string set)
    {
        var subgraphs = new List<SubgraphSource>();
        foreach (var file in Directory.GetFiles(PathOf(set), "*.graphql").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            if (name is "supergraph" or "api")
            {
                continue;
            }

            subgraphs.Add(new SubgraphSource(name, UrlOf(name), File.ReadAllText(file)));
        }

        return subgraphs;
    }

    /// <summary>The subgraphs of a set with the URLs a committed supergraph gives them (its <c>@join__graph</c>s).</summary>
    public static List<SubgraphSource> LoadWithUrlsOf(string set, string supergraphSdl)
    {
        var urls = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var definition in Parser.Parse(supergraphSdl).Definitions)
        {
            if (definition is not EnumTypeDefinitionNode { Name.Value: "join__Graph" } graphs)
            {
                continue;
            }

            foreach (var value in graphs.Values)
            {
                var directive = value.Directives.Single(d => d.Name.Value == "join__graph");
                string Argument(string name) => ((StringValueNode)directive.Arguments.Single(a => a.Name.Value == name).Value).Value;
                urls[Argument("name")] = Argument("url");
            }
        }

        return [.. Load(set).Select(subgraph => subgraph with { Url = urls[subgraph.Name] })];
    }

    /// <summary>Composes a set as the differential tests do: <c>catalog</c> root fields allowed, as Apollo allows them.</summary>
    public static CompositionResult Compose(string set) => SupergraphComposer.Compose(Load(set), reserveCatalogRootField: false);
}
