using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.Federation.Composition.Satisfiability;

/// <summary>
/// The subgraph side of the satisfiability check: every type of every subgraph is a vertex, its resolvable fields are
/// edges to the vertices of their types, and each resolvable <c>@key</c> is an edge from the same type in every other
/// subgraph that can produce the key's fields (federation docs, "Federation query graph"). Edges are computed when
/// first asked for and remembered.
/// </summary>
internal sealed class QueryGraph
{
    private readonly Dictionary<string, List<(int Subgraph, SubgraphType Type)>> _locations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(int Subgraph, SubgraphType Type)>> _interfaceObjects = new(StringComparer.Ordinal);
    private readonly HashSet<SubgraphField> _overriddenAway = [];
    private readonly HashSet<SubgraphField> _overriddenButUsed = [];
    private readonly Dictionary<SubgraphField, SelectionSetNode?> _fieldSets = [];
    private readonly Dictionary<(SubgraphVertex, string?), VertexClosure> _closures = [];
    private readonly Dictionary<SubgraphVertex, VertexClosure> _closuresInProgress = [];
    private readonly Dictionary<(string Type, string Field), List<int>> _fieldDefiners = [];
    private readonly HashSet<SubgraphField> _requiresInProgress = [];
    private readonly Dictionary<(SubgraphVertex, SubgraphField), bool> _requirements = [];

    public QueryGraph(IReadOnlyList<SubgraphSchema> subgraphs)
    {
        Subgraphs = subgraphs;
        for (var i = 0; i < subgraphs.Count; i++)
        {
            foreach (var type in subgraphs[i].Types)
            {
                if (!_locations.TryGetValue(type.Name, out var list))
                {
                    list = [];
                    _locations[type.Name] = list;
                }

                list.Add((i, type));
                foreach (var field in type.Fields)
                {
                    if (!_fieldDefiners.TryGetValue((type.Name, field.Name), out var definers))
                    {
                        definers = [];
                        _fieldDefiners[(type.Name, field.Name)] = definers;
                    }

                    definers.Add(i);
                }

                if (type.IsInterfaceObject)
                {
                    if (!_interfaceObjects.TryGetValue(type.Name, out var objects))
                    {
                        objects = [];
                        _interfaceObjects[type.Name] = objects;
                    }

                    objects.Add((i, type));
                }
            }
        }

        FindOverrides();
    }

    public IReadOnlyList<SubgraphSchema> Subgraphs { get; }

    public string NameOf(int subgraph) => Subgraphs[subgraph].Name;

    /// <summary>The subgraphs that define a type, in <c>join__Graph</c> order.</summary>
    public IReadOnlyList<(int Subgraph, SubgraphType Type)> LocationsOf(string typeName) =>
        _locations.TryGetValue(typeName, out var list) ? list : [];

    /// <summary>
    /// A field <c>@override</c> took away from a subgraph without a label: the subgraph no longer resolves it
    /// (federation spec, "@override"), though a key or <c>@requires</c> of the subgraph may still select it.
    /// </summary>
    private void FindOverrides()
    {
        foreach (var locations in _locations.Values)
        {
            foreach (var (_, type) in locations)
            {
                foreach (var field in type.Fields)
                {
                    if (field.OverrideFrom is not { } from || field.OverrideLabel is not null || field.IsExternal)
                    {
                        continue;
                    }

                    foreach (var (other, otherType) in locations)
                    {
                        if (Subgraphs[other].Name == from && otherType.FindField(field.Name) is { IsExternal: false } overridden && overridden.OverrideFrom is null)
                        {
                            (overridden.IsUsedInFieldSet ? _overriddenButUsed : _overriddenAway).Add(overridden);
                        }
                    }
                }
            }
        }
    }

    /// <summary>Whether a vertex can take a field itself (its <c>@requires</c> aside), and if not why.</summary>
    public FieldUnavailability Availability(SubgraphVertex vertex, string fieldName, out SubgraphField? field)
    {
        field = vertex.Type.FindField(fieldName);
        if (field is null || _overriddenAway.Contains(field) || _overriddenButUsed.Contains(field))
        {
            return FieldUnavailability.NotFound;
        }

        if (IsExternal(vertex.Type, field) && !IsProvided(vertex.Provided, fieldName))
        {
            return FieldUnavailability.External;
        }

        return FieldUnavailability.None;
    }

    /// <summary>The <c>@requires</c> or <c>@provides</c> field set of a field, parsed once.</summary>
    public SelectionSetNode? FieldSetOf(SubgraphField field, string? fieldSet)
    {
        if (fieldSet is null)
        {
            return null;
        }

        if (!_fieldSets.TryGetValue(field, out var parsed))
        {
            parsed = FieldSets.TryParse(fieldSet);
            _fieldSets[field] = parsed;
        }

        return parsed;
    }

    /// <summary>
    /// The vertex a field leads to: the field's type in the same subgraph, with what the field's own
    /// <c>@provides</c> (or the enclosing one) makes resolvable there.
    /// </summary>
    public SubgraphVertex? Follow(SubgraphVertex vertex, SubgraphField field)
    {
        var target = Subgraphs[vertex.Subgraph].FindType(FieldSets.NamedTypeOf(field.Type));
        if (target is null)
        {
            return null;
        }

        var provided = field.Provides is not null ? FieldSetOf(field, field.Provides) : ProvidedBelow(vertex.Provided, field.Name);
        return new SubgraphVertex(vertex.Subgraph, target, provided);
    }

    /// <summary>
    /// The vertex itself, then every vertex key edges reach from it (breadth first): the same entity in other
    /// subgraphs whose key the vertices reached so far can produce. Key fields come from the vertex's own subgraph
    /// first; failing that from anywhere reachable, as Apollo resolves key conditions. With an object type named,
    /// abstract vertices reached stand for that type (<see cref="AsObject"/>).
    /// </summary>
    public VertexClosure Closure(SubgraphVertex start, string? objectTypeName = null)
    {
        if (objectTypeName is not null)
        {
            start = AsObject(start, objectTypeName);
        }

        var cacheKey = (start, objectTypeName);
        if (_closures.TryGetValue(cacheKey, out var cached))
        {
            return cached;
        }

        if (_closuresInProgress.TryGetValue(start, out var partial))
        {
            // Resolving a key's fields came back to this vertex: what it reaches so far is what it can use.
            return partial;
        }

        var closure = new VertexClosure(start, Subgraphs.Count);
        _closuresInProgress[start] = closure;
        try
        {
            Extend(closure, objectTypeName, localKeysOnly: true);
            while (Extend(closure, objectTypeName, localKeysOnly: false))
            {
            }
        }
        finally
        {
            _closuresInProgress.Remove(start);
        }

        _closures[cacheKey] = closure;
        return closure;
    }

    private bool Extend(VertexClosure closure, string? objectTypeName, bool localKeysOnly)
    {
        var added = false;
        var vertices = closure.Vertices;
        for (var i = 0; i < vertices.Count; i++)
        {
            var from = vertices[i];
            added |= ExtendTo(closure, from, LocationsOf(from.Type.Name), objectTypeName, localKeysOnly);
            foreach (var implemented in from.Type.Interfaces)
            {
                if (_interfaceObjects.TryGetValue(implemented, out var objects))
                {
                    added |= ExtendTo(closure, from, objects, objectTypeName, localKeysOnly);
                }
            }
        }

        return added;
    }

    private bool ExtendTo(VertexClosure closure, SubgraphVertex from, IReadOnlyList<(int Subgraph, SubgraphType Type)> targets, string? objectTypeName, bool localKeysOnly)
    {
        var added = false;
        foreach (var (subgraph, type) in targets)
        {
            if (!closure.Contains(subgraph) && CanJump(from, type, localKeysOnly))
            {
                var reached = new SubgraphVertex(subgraph, type, null);
                closure.Add(objectTypeName is null ? reached : AsObject(reached, objectTypeName), from.Subgraph);
                added = true;
            }
        }

        return added;
    }

    /// <summary>The subgraphs whose definition of a type has a field of that name, in <c>join__Graph</c> order.</summary>
    public IReadOnlyList<int> SubgraphsDefining(string typeName, string fieldName) =>
        _fieldDefiners.TryGetValue((typeName, fieldName), out var subgraphs) ? subgraphs : [];

    /// <summary>A key edge to <paramref name="target"/> exists from the vertex: one resolvable key whose fields can be had there.</summary>
    private bool CanJump(SubgraphVertex from, SubgraphType target, bool localKeysOnly)
    {
        foreach (var key in target.Keys)
        {
            if (key.Resolvable != false && key.Selection is { } selection && (localKeysOnly ? CanProduce(from, selection) : CanFetch(from, selection)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The vertex's subgraph resolves every field of a key's field set there, without leaving the subgraph.</summary>
    public bool CanProduce(SubgraphVertex vertex, SelectionSetNode? selection)
    {
        if (selection is null)
        {
            return false;
        }

        foreach (var item in selection.Selections)
        {
            switch (item)
            {
                case FieldNode node:
                    if (node.Name.Value == "__typename")
                    {
                        break;
                    }

                    var field = vertex.Type.FindField(node.Name.Value);
                    if (field is null || _overriddenAway.Contains(field) || (IsExternal(vertex.Type, field) && !IsProvided(vertex.Provided, field.Name)))
                    {
                        return false;
                    }

                    if (node.SelectionSet is { } nested && (Follow(vertex, field) is not { } child || !CanProduce(child, nested)))
                    {
                        return false;
                    }

                    break;
                case InlineFragmentNode fragment:
                    var target = fragment.TypeCondition is { } condition ? Subgraphs[vertex.Subgraph].FindType(condition.Name.Value) : vertex.Type;
                    if (target is not null && !CanProduce(vertex with { Type = target }, fragment.SelectionSet))
                    {
                        return false;
                    }

                    break;
            }
        }

        return true;
    }

    /// <summary>
    /// <c>@external</c> and not a key field of a type extension: a subgraph that extends an entity receives its key
    /// fields in every representation, so it resolves them (Federation 1 semantics, kept for <c>extend type</c> and
    /// <c>@extends</c> in Federation 2).
    /// </summary>
    private static bool IsExternal(SubgraphType type, SubgraphField field) =>
        field.IsExternal && !(field.IsKeyField && (type.IsExtension || type.HasExtendsDirective));

    /// <summary>A <c>@provides</c> field set selects the field at this level (directly or in an inline fragment).</summary>
    private static bool IsProvided(SelectionSetNode? provided, string fieldName) => FindProvided(provided, fieldName) is not null;

    private static SelectionSetNode? ProvidedBelow(SelectionSetNode? provided, string fieldName) => FindProvided(provided, fieldName)?.SelectionSet;

    private static FieldNode? FindProvided(SelectionSetNode? provided, string fieldName)
    {
        if (provided is null)
        {
            return null;
        }

        foreach (var item in provided.Selections)
        {
            switch (item)
            {
                case FieldNode node when node.Name.Value == fieldName:
                    return node;
                case InlineFragmentNode fragment when FindProvided(fragment.SelectionSet, fieldName) is { } found:
                    return found;
            }
        }

        return null;
    }

    /// <summary>
    /// The vertex for a supergraph object type: an abstract type of the subgraph stands for the object type when the
    /// subgraph defines it as one of its possible types (the implicit type condition of a key edge to an interface).
    /// </summary>
    public SubgraphVertex AsObject(SubgraphVertex vertex, string objectTypeName)
    {
        if (vertex.Type.Name == objectTypeName || vertex.Type.Kind == TypeKind.Object)
        {
            return vertex;
        }

        var subgraph = Subgraphs[vertex.Subgraph];
        if (subgraph.FindType(objectTypeName) is { Kind: TypeKind.Object } target
            && (target.Interfaces.Contains(vertex.Type.Name) || vertex.Type.UnionMembers.Contains(objectTypeName)))
        {
            return vertex with { Type = target };
        }

        return vertex;
    }

    /// <summary>
    /// The fields a <c>@requires</c> selects can be fetched from where the vertex is: from its own subgraph or any
    /// subgraph its keys lead to, nested selections likewise (federation spec, "@requires").
    /// </summary>
    public bool RequirementsHold(SubgraphVertex vertex, SubgraphField field)
    {
        if (field.Requires is null)
        {
            return true;
        }

        if (_requirements.TryGetValue((vertex, field), out var known))
        {
            return known;
        }

        if (!_requiresInProgress.Add(field))
        {
            // A requirement that needs itself cannot be met.
            return false;
        }

        bool holds;
        try
        {
            holds = FieldSetOf(field, field.Requires) is { } selection && CanFetch(vertex, selection);
        }
        finally
        {
            _requiresInProgress.Remove(field);
        }

        // Only an answer that no unfinished closure or enclosing requirement shaped holds for every path.
        if (_requiresInProgress.Count == 0 && _closuresInProgress.Count == 0)
        {
            _requirements[(vertex, field)] = holds;
        }

        return holds;
    }

    /// <summary>Every field of a field set can be had from the vertex: from its own subgraph or through key edges.</summary>
    public bool CanFetch(SubgraphVertex vertex, SelectionSetNode selection)
    {
        foreach (var item in selection.Selections)
        {
            switch (item)
            {
                case FieldNode node when node.Name.Value != "__typename":
                    if (!CanFetchField(vertex, node))
                    {
                        return false;
                    }

                    break;
                case InlineFragmentNode fragment:
                    var target = fragment.TypeCondition is { } condition ? AsObject(vertex, condition.Name.Value) : vertex;
                    // A condition on a type the subgraph never returns here never applies.
                    if ((fragment.TypeCondition is null || target.Type.Name == fragment.TypeCondition.Name.Value) && !CanFetch(target, fragment.SelectionSet))
                    {
                        return false;
                    }

                    break;
            }
        }

        return true;
    }

    private bool CanFetchField(SubgraphVertex vertex, FieldNode node)
    {
        foreach (var reached in Closure(vertex).Vertices)
        {
            var candidate = AsObject(reached, vertex.Type.Name);
            if (Availability(candidate, node.Name.Value, out var field) != FieldUnavailability.None || !RequirementsHold(candidate, field!))
            {
                continue;
            }

            if (node.SelectionSet is not { } nested || (Follow(candidate, field!) is { } child && CanFetch(child, nested)))
            {
                return true;
            }
        }

        return false;
    }
}
