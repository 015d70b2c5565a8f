using Gateway.GraphQL.Types;

namespace Gateway.Federation.Composition.Satisfiability;

/// <summary>
/// The vertices one vertex reaches through key edges, itself first, at most one per subgraph, with where each
/// subgraph's vertex is, so that a field is looked for only in the subgraphs that define it.
/// </summary>
internal sealed class VertexClosure
{
    private readonly int[] _positions;
    private readonly List<int> _parents = [];

    public VertexClosure(SubgraphVertex start, int subgraphCount)
    {
        _positions = new int[subgraphCount];
        Array.Fill(_positions, -1);
        Add(start, -1);
    }

    public List<SubgraphVertex> Vertices { get; } = [];

    /// <summary>
    /// Every vertex is an object type of this name (no interface to look into, no <c>@interfaceObject</c>), or null:
    /// then a field's subgraphs are the subgraphs that define it on this type.
    /// </summary>
    public string? UniformObjectTypeName { get; private set; }

    public bool Contains(int subgraph) => _positions[subgraph] >= 0;

    /// <summary>The position of the subgraph's vertex, or -1.</summary>
    public int PositionOf(int subgraph) => _positions[subgraph];

    /// <summary>The subgraph whose key edge reached the subgraph's vertex; -1 for the first vertex.</summary>
    public int ParentOf(int subgraph) => _parents[_positions[subgraph]];

    public void Add(SubgraphVertex vertex, int parentSubgraph)
    {
        _parents.Add(parentSubgraph);
        _positions[vertex.Subgraph] = Vertices.Count;
        var isPlainObject = vertex.Type.Kind == TypeKind.Object && !vertex.Type.IsInterfaceObject;
        UniformObjectTypeName = Vertices.Count == 0
            ? (isPlainObject ? vertex.Type.Name : null)
            : (isPlainObject && UniformObjectTypeName == vertex.Type.Name ? UniformObjectTypeName : null);
        Vertices.Add(vertex);
    }
}
