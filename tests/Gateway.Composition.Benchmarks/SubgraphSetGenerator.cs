using System.Text;
using Gateway.Federation.Composition;

namespace Gateway.Composition.Benchmarks;

/// <summary>
/// Generates a set of Federation 2 subgraphs shaped like a data mesh: every subgraph owns its own object types,
/// enums and input types, contributes fields to entities several subgraphs share (by key), declares shareable
/// value types others declare too, and some fields use <c>@external</c>/<c>@requires</c>, <c>@override</c>,
/// <c>@tag</c> and <c>@inaccessible</c>, so every merge rule runs.
/// </summary>
public static class SubgraphSetGenerator
{
    /// <summary>Entities every subgraph extends.</summary>
    private const int SharedEntities = 5;

    /// <summary>Value types every subgraph declares alike.</summary>
    private const int SharedValueTypes = 3;

    public static List<SubgraphSource> Generate(int subgraphCount, int typesPerSubgraph)
    {
        var subgraphs = new List<SubgraphSource>(subgraphCount);
        for (var s = 0; s < subgraphCount; s++)
        {
            subgraphs.Add(new SubgraphSource($"domain{s}", $"http://127.0.0.1:{5000 + s}/graphql", Subgraph(s, typesPerSubgraph)));
        }

        return subgraphs;
    }

    private static string Subgraph(int s, int typesPerSubgraph)
    {
        var sdl = new StringBuilder();
        sdl.Append("extend schema @link(url: \"https://specs.apollo.dev/federation/v2.7\", import: [\"@key\", \"@shareable\", \"@external\", \"@requires\", \"@override\", \"@tag\", \"@inaccessible\"])\n\n");
        var ownTypes = typesPerSubgraph - SharedEntities - SharedValueTypes - 2;
        sdl.Append("type Query {\n");
        for (var t = 0; t < ownTypes; t++)
        {
            sdl.Append($"  d{s}Type{t}(id: ID!, filter: D{s}Filter): D{s}Type{t}\n");
        }

        sdl.Append($"  d{s}Entities(first: Int = 10): [Entity0!]!\n}}\n\n");
        sdl.Append($"enum D{s}Status {{ ACTIVE RETIRED PENDING HIDDEN @inaccessible }}\n\n");
        sdl.Append($"input D{s}Filter {{ status: D{s}Status text: String limit: Int = 20 }}\n\n");
        for (var v = 0; v < SharedValueTypes; v++)
        {
            sdl.Append($"type Value{v} @shareable {{\n  amount: Int!\n  unit: String\n  label: String\n}}\n\n");
        }

        for (var e = 0; e < SharedEntities; e++)
        {
            sdl.Append($"type Entity{e} @key(fields: \"id\") {{\n  id: ID!\n");
            if (s > 0)
            {
                // Each subgraph reads the entity's name from the first one and computes from it.
                sdl.Append("  name: String @external\n");
                sdl.Append($"  d{s}Summary: String @requires(fields: \"name\")\n");
            }
            else
            {
                sdl.Append("  name: String\n  legacyScore: Int\n");
            }

            if (s == 1)
            {
                sdl.Append("  legacyScore: Int @override(from: \"domain0\")\n");
            }

            sdl.Append($"  d{s}Value: Value{e % SharedValueTypes} @tag(name: \"domain{s}\")\n}}\n\n");
        }

        for (var t = 0; t < ownTypes; t++)
        {
            sdl.Append($"\"\"\"Type {t} of domain {s}.\"\"\"\ntype D{s}Type{t} @key(fields: \"id\") {{\n  id: ID!\n  title: String!\n  status: D{s}Status\n");
            sdl.Append($"  amount: Value{t % SharedValueTypes}\n  related: [D{s}Type{(t + 1) % ownTypes}!]!\n  owner: Entity{t % SharedEntities}\n");
            sdl.Append("  createdAt: String\n  notes: [String!] @deprecated(reason: \"use title\")\n}\n\n");
        }

        return sdl.ToString();
    }
}
