using Gateway.Federation.Supergraphs;

namespace Gateway.Federation.Planning;

/// <summary>
/// One fetch being planned (Apollo's <c>FetchGroup</c>): a subgraph, the selections asked of it and, for an
/// entity fetch, the representation shape and the response path its results merge at. Groups form a DAG:
/// a group runs after its <see cref="Parent"/> (which supplies its representations) and after every group in
/// <see cref="Dependencies"/> (which supply <c>@requires</c> fields).
/// </summary>
internal sealed class FetchGroup
{
    public FetchGroup(int index, SubgraphInfo subgraph, FetchGroup? parent, IReadOnlyList<string> mergePath, PlanConditions conditions)
    {
        Index = index;
        Subgraph = subgraph;
        Parent = parent;
        MergePath = mergePath;
        Conditions = conditions;
    }

    /// <summary>Creation order: children are planned, and printed, in this order.</summary>
    public int Index { get; }

    public SubgraphInfo Subgraph { get; }

    /// <summary>The group whose results hold this group's entities; null for a root fetch.</summary>
    public FetchGroup? Parent { get; }

    public bool IsEntityFetch => Parent is not null;

    /// <summary>Where the entities are in the response (<see cref="FlattenNode.Path"/>).</summary>
    public IReadOnlyList<string> MergePath { get; }

    /// <summary>Variable conditions (<c>@skip</c>/<c>@include</c>) the whole fetch is under.</summary>
    public PlanConditions Conditions { get; }

    /// <summary>The subgraph operation's selections: root fields, or <c>... on T</c> per entity type.</summary>
    public SelectionTree Selections { get; } = new();

    /// <summary>The representations' shape: <c>... on T { __typename key required }</c> per entity type.</summary>
    public SelectionTree Requires { get; } = new();

    /// <summary>
    /// Types whose representations go to an <c>@interfaceObject</c>: their <c>__typename</c> is rewritten to
    /// the interface's name (key: the type in <see cref="Requires"/>, value: the interface).
    /// </summary>
    public Dictionary<string, string> InterfaceObjectTypes { get; } = new(StringComparer.Ordinal);

    /// <summary>True when the representations carry <c>@requires</c> fields.</summary>
    public bool HasRequires { get; set; }

    public List<FetchGroup> Children { get; } = [];

    public HashSet<FetchGroup> Dependencies { get; } = [];

    /// <summary>Every group that must finish before this one starts.</summary>
    public IEnumerable<FetchGroup> Prerequisites => Parent is null ? Dependencies : Dependencies.Append(Parent);
}
