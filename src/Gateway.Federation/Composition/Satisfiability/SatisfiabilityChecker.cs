using System.Text;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.Federation.Composition.Satisfiability;

/// <summary>
/// Checks that every query the supergraph API schema accepts can be answered by the subgraphs
/// (federation docs, "Satisfiability"; error code <c>SATISFIABILITY_ERROR</c>). It walks the API schema from each
/// root type, keeping, at each step, the subgraph vertices the query can be at (every subgraph whose field took the
/// step, and every subgraph their keys lead to); a field none of them can take, directly or after key edges, with its
/// <c>@requires</c> conditions met, is an error that shows the query and why each subgraph failed.
/// A state for a type already explored from a subset of the same subgraphs is not explored again, which bounds the
/// walk the way Apollo's composition bounds it: more subgraphs can only resolve more. States are explored last in,
/// first out, so errors come in the order Apollo's composition reports them.
/// </summary>
internal sealed class SatisfiabilityChecker
{
    private readonly QueryGraph _graph;
    private readonly Schema _api;
    private readonly CompositionErrorList _errors;
    private readonly Stack<ExplorationState> _pending = new();
    private readonly Dictionary<string, List<HashSet<int>>> _explored = new(StringComparer.Ordinal);
    private readonly bool[] _atOption;
    private readonly List<int> _positions = [];

    private SatisfiabilityChecker(IReadOnlyList<SubgraphSchema> subgraphs, Schema api, CompositionErrorList errors)
    {
        _graph = new QueryGraph(subgraphs);
        _atOption = new bool[subgraphs.Count];
        _api = api;
        _errors = errors;
    }

    /// <summary>Adds a <c>SATISFIABILITY_ERROR</c> for every field some query path cannot resolve.</summary>
    public static void Check(IReadOnlyList<SubgraphSchema> subgraphs, Schema api, CompositionErrorList errors) =>
        new SatisfiabilityChecker(subgraphs, api, errors).Run();

    private void Run()
    {
        foreach (var operation in (ReadOnlySpan<OperationType>)[OperationType.Query, OperationType.Mutation, OperationType.Subscription])
        {
            if (_api.GetRootType(operation) is not { } root)
            {
                continue;
            }

            var options = new List<SubgraphVertex>();
            foreach (var (subgraph, type) in _graph.LocationsOf(root.Name))
            {
                options.Add(new SubgraphVertex(subgraph, type, null));
            }

            _pending.Clear();
            _pending.Push(new ExplorationState(operation, root, options, null));
            while (_pending.TryPop(out var state))
            {
                if (ShouldExplore(state))
                {
                    Explore(state);
                }
            }
        }
    }

    /// <summary>
    /// False when a state for the same supergraph type was explored from a subset of these subgraphs: whatever that
    /// state could resolve this one can too. Subgraphs, not vertices, as Apollo's composition compares them (a
    /// vertex a <c>@provides</c> reached counts as its subgraph). Checked when a state is taken off the stack, so that of several paths
    /// reaching the same vertices the last one pushed is the one explored (and shown in errors), as in Apollo's
    /// composition.
    /// </summary>
    private bool ShouldExplore(ExplorationState state)
    {
        if (!_explored.TryGetValue(state.Type.Name, out var explored))
        {
            explored = [];
            _explored[state.Type.Name] = explored;
        }

        foreach (var option in state.Options)
        {
            _atOption[option.Subgraph] = true;
        }

        var covered = false;
        foreach (var earlier in explored)
        {
            if (IsCovered(earlier))
            {
                covered = true;
                break;
            }
        }

        HashSet<int>? subgraphs = covered ? null : [];
        foreach (var option in state.Options)
        {
            _atOption[option.Subgraph] = false;
            subgraphs?.Add(option.Subgraph);
        }

        if (subgraphs is not null)
        {
            explored.Add(subgraphs);
        }

        return !covered;
    }

    /// <summary>Every subgraph of an earlier state is one the current state is at (marked in <c>_atOption</c>).</summary>
    private bool IsCovered(HashSet<int> earlier)
    {
        foreach (var subgraph in earlier)
        {
            if (!_atOption[subgraph])
            {
                return false;
            }
        }

        return true;
    }

    private static string? ObjectTypeNameOf(ExplorationState state) => state.Type is ObjectType ? state.Type.Name : null;

    private void Explore(ExplorationState state)
    {
        if (state.Type is InterfaceType or UnionType && _api.GetPossibleTypes(state.Type).Count == 0)
        {
            // No object can be of the type, so no query reaching it can return anything to resolve.
            return;
        }

        if (state.Type is ComplexType complex)
        {
            foreach (var field in complex.Fields.Values)
            {
                if (field.Name.StartsWith("__", StringComparison.Ordinal))
                {
                    continue;
                }

                var isLeaf = field.Type.Named is not (ComplexType or UnionType);
                var next = isLeaf ? null : new List<SubgraphVertex>();
                if (!Advance(state, field, next))
                {
                    Report(state, field);
                    continue;
                }

                if (next is { Count: > 0 })
                {
                    _pending.Push(new ExplorationState(state.Operation, field.Type.Named, next, new QueryPath(state.Path, field, null)));
                }
            }
        }

        if (state.Type is InterfaceType or UnionType)
        {
            foreach (var possible in _api.GetPossibleTypes(state.Type))
            {
                var next = Downcast(state.Options, possible.Name);
                if (next.Count > 0)
                {
                    _pending.Push(new ExplorationState(state.Operation, possible, next, new QueryPath(state.Path, null, possible.Name)));
                }
            }
        }
    }

    /// <summary>
    /// The vertices a type condition keeps: those at that object type, abstract types of which it is a possible type
    /// in the subgraph, and <c>@interfaceObject</c>s (which stand for every implementation). None left means no
    /// subgraph on the path can return that type: the condition never applies, which is not an error.
    /// </summary>
    private List<SubgraphVertex> Downcast(List<SubgraphVertex> options, string typeName)
    {
        var next = new List<SubgraphVertex>();
        foreach (var option in options)
        {
            SubgraphVertex? kept = option.Type.IsInterfaceObject ? option : _graph.AsObject(option, typeName) is var narrowed && narrowed.Type.Name == typeName ? narrowed : null;
            if (kept is { } vertex && !next.Contains(vertex))
            {
                next.Add(vertex);
            }
        }

        return next;
    }

    /// <summary>Takes a field from the state's vertices, adding the vertices it leads to; false when none can take it.</summary>
    private bool Advance(ExplorationState state, FieldDefinition field, List<SubgraphVertex>? next)
    {
        // A leaf (no list to fill) needs one subgraph that resolves it; a composite field every vertex it leads to.
        var isLeaf = next is null;
        var taken = false;
        foreach (var option in state.Options)
        {
            var closure = _graph.Closure(option, ObjectTypeNameOf(state));
            if (closure.UniformObjectTypeName is { } typeName)
            {
                // Only the subgraphs that define the field can take it: look there, in the order they were reached.
                var definers = _graph.SubgraphsDefining(typeName, field.Name);
                var positions = _positions;
                positions.Clear();
                foreach (var subgraph in definers)
                {
                    if (closure.PositionOf(subgraph) is var position and >= 0)
                    {
                        positions.Add(position);
                    }
                }

                positions.Sort();
                foreach (var position in positions)
                {
                    if (TryTake(closure.Vertices[position], field.Name, next))
                    {
                        if (isLeaf)
                        {
                            return true;
                        }

                        taken = true;
                    }
                }

                continue;
            }

            foreach (var reached in closure.Vertices)
            {
                if (TryTake(reached, field.Name, next))
                {
                    if (isLeaf)
                    {
                        return true;
                    }

                    taken = true;
                }
            }
        }

        return taken;
    }

    private bool TryTake(SubgraphVertex vertex, string fieldName, List<SubgraphVertex>? next)
    {
        var availability = _graph.Availability(vertex, fieldName, out var field);
        if (availability == FieldUnavailability.None)
        {
            if (!_graph.RequirementsHold(vertex, field!))
            {
                return false;
            }

            if (next is not null && _graph.Follow(vertex, field!) is { } child && !next.Contains(child))
            {
                next.Add(child);
            }

            return true;
        }

        return availability == FieldUnavailability.NotFound && TryTakeThroughImplementations(vertex, fieldName, next);
    }

    /// <summary>
    /// An interface of the subgraph without the field leaves the field to its implementations: the vertices of those
    /// that can take it (themselves or through their keys) go on, and an implementation that cannot is reported on
    /// the path with its type condition, which the walk also takes, as Apollo's composition reports it.
    /// </summary>
    private bool TryTakeThroughImplementations(SubgraphVertex vertex, string fieldName, List<SubgraphVertex>? next)
    {
        if (vertex.Type.Kind != TypeKind.Interface || vertex.Type.IsInterfaceObject)
        {
            return false;
        }

        var any = false;
        foreach (var type in _graph.Subgraphs[vertex.Subgraph].Types)
        {
            if (type.Kind == TypeKind.Object && type.Interfaces.Contains(vertex.Type.Name))
            {
                any = true;
                foreach (var reached in _graph.Closure(vertex with { Type = type }, type.Name).Vertices)
                {
                    TryTake(reached, fieldName, next);
                }
            }
        }

        return any;
    }

    private void Report(ExplorationState state, FieldDefinition field)
    {
        var reasons = new UnsatisfiedReasons();
        foreach (var option in state.Options)
        {
            var closure = _graph.Closure(option, ObjectTypeNameOf(state));
            reasons.BeginOption();
            foreach (var reached in closure.Vertices)
            {
                if (reasons.Begin(_graph.NameOf(reached.Subgraph)))
                {
                    Explain(reached, field.Name, closure, reasons);
                }
            }
        }

        var coordinate = $"{state.Type.Name}.{field.Name}";
        var message = new StringBuilder("The following supergraph API query:\n")
            .Append(ExampleQuery.Print(state.Operation, state.Path, field))
            .Append("\ncannot be satisfied by the subgraphs because:");
        reasons.AppendTo(message);
        _errors.Add(
            CompositionErrorCodes.SatisfiabilityError,
            message.ToString(),
            $"Let every subgraph that reaches \"{state.Type.Name}\" get to \"{coordinate}\": resolve the field there (@shareable), or give the type a resolvable @key in the subgraphs that resolve the field, with key fields the other subgraphs can resolve.",
            [.. reasons.Subgraphs],
            coordinate);
    }

    /// <summary>Why one vertex cannot take the field: the field itself, then each subgraph that has it but cannot be reached.</summary>
    private void Explain(SubgraphVertex vertex, string fieldName, VertexClosure closure, UnsatisfiedReasons reasons)
    {
        var typeName = vertex.Type.Name;
        var coordinate = $"{typeName}.{fieldName}";
        switch (_graph.Availability(vertex, fieldName, out _))
        {
            case FieldUnavailability.NotFound:
                reasons.Add($"cannot find field \"{coordinate}\".");
                break;
            case FieldUnavailability.External:
                reasons.Add($"field \"{coordinate}\" is not resolvable because marked @external.");
                break;
            default:
                // Spelled as Apollo's composition spells it.
                reasons.Add($"cannot satisfy @require conditions on field \"{coordinate}\".");
                break;
        }

        foreach (var (subgraph, target) in _graph.LocationsOf(typeName))
        {
            if (closure.Contains(subgraph))
            {
                // From a subgraph the path jumped to, a jump to another one the path reached without it is not taken.
                if (subgraph != vertex.Subgraph && closure.PositionOf(subgraph) != 0 && closure.PositionOf(vertex.Subgraph) != 0
                    && closure.ParentOf(subgraph) != vertex.Subgraph && FirstResolvableKey(target) is { } taken)
                {
                    var name = _graph.NameOf(subgraph);
                    reasons.Add($"ignoring moving to subgraph \"{name}\" using @key(fields: \"{taken.Fields}\") of \"{target.Name}\" because there is a more direct path in {name} that avoids {_graph.NameOf(vertex.Subgraph)} altogether.");
                }

                continue;
            }

            // A key edge that could not be taken is reported whatever the target has; a subgraph without one only
            // when it has the field.
            var targetName = _graph.NameOf(subgraph);
            var hasField = target.FindField(fieldName) is { IsExternal: false };
            if (!target.Keys.Exists(key => key.Resolvable != false))
            {
                if (hasField)
                {
                    reasons.AddAboutTarget(targetName, target.Keys.Count == 0
                        ? $"cannot move to subgraph \"{targetName}\", which has field \"{target.Name}.{fieldName}\", because type \"{target.Name}\" has no @key defined in subgraph \"{targetName}\"."
                        : $"cannot move to subgraph \"{targetName}\", which has field \"{target.Name}.{fieldName}\", because none of the @key defined on type \"{target.Name}\" in subgraph \"{targetName}\" are resolvable (they are all declared with their \"resolvable\" argument set to false).");
                }

                continue;
            }

            foreach (var key in target.Keys)
            {
                if (key.Resolvable != false)
                {
                    reasons.Add($"cannot move to subgraph \"{targetName}\" using @key(fields: \"{key.Fields}\") of \"{target.Name}\", the key field(s) cannot be resolved from subgraph \"{_graph.NameOf(vertex.Subgraph)}\".");
                }
            }
        }
    }

    private static SubgraphKey? FirstResolvableKey(SubgraphType type)
    {
        foreach (var key in type.Keys)
        {
            if (key.Resolvable != false)
            {
                return key;
            }
        }

        return null;
    }
}
