using Gateway.GraphQL.Linking;
using Gateway.GraphQL.Types;

namespace Gateway.Federation.Supergraphs;

/// <summary>
/// A supergraph read by <see cref="SupergraphReader"/>: the full schema with its join metadata, the API
/// schema clients see, the subgraphs and, per type and field, which subgraph can resolve what.
/// Immutable; one instance serves every request.
/// </summary>
public sealed class Supergraph
{
    private readonly Dictionary<string, SubgraphInfo> _subgraphsByName;

    internal Supergraph(
        Schema supergraphSchema,
        Schema apiSchema,
        IReadOnlyList<SubgraphInfo> subgraphs,
        IReadOnlyList<LinkedFeature> features,
        SpecVersion joinVersion,
        IReadOnlyDictionary<string, JoinedType> types)
    {
        SupergraphSchema = supergraphSchema;
        ApiSchema = apiSchema;
        Subgraphs = subgraphs;
        Features = features;
        JoinVersion = joinVersion;
        Types = types;
        _subgraphsByName = subgraphs.ToDictionary(subgraph => subgraph.Name, StringComparer.Ordinal);
    }

    /// <summary>The schema as composed, join types and directives included.</summary>
    public Schema SupergraphSchema { get; }

    /// <summary>The schema clients see: no spec elements, no <c>@inaccessible</c> elements.</summary>
    public Schema ApiSchema { get; }

    /// <summary>The subgraphs, in <c>join__Graph</c> order.</summary>
    public IReadOnlyList<SubgraphInfo> Subgraphs { get; }

    /// <summary>Every spec the supergraph links, in the order of its <c>@link</c>s.</summary>
    public IReadOnlyList<LinkedFeature> Features { get; }

    public SpecVersion JoinVersion { get; }

    /// <summary>Join metadata of every type outside the linked specs, by name.</summary>
    public IReadOnlyDictionary<string, JoinedType> Types { get; }

    /// <summary>The subgraph with the given <c>join__Graph</c> value.</summary>
    public SubgraphInfo GetSubgraph(string name) =>
        _subgraphsByName.TryGetValue(name, out var subgraph)
            ? subgraph
            : throw new KeyNotFoundException($"The supergraph has no subgraph \"{name}\" (join__Graph values: {string.Join(", ", _subgraphsByName.Keys)}).");

    public SubgraphInfo? FindSubgraph(string name) => _subgraphsByName.GetValueOrDefault(name);

    public JoinedType? GetJoinedType(string typeName) => Types.GetValueOrDefault(typeName);

    public JoinedField? GetJoinedField(string typeName, string fieldName) =>
        Types.TryGetValue(typeName, out var type) ? type.GetField(fieldName) : null;
}
