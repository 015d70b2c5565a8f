using Gateway.Federation.Supergraphs;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.Federation.Planning;

/// <summary>
/// Plans operations against a supergraph: which subgraph fetches run, in which order, and how their results
/// combine (Apollo Federation's query planning, for the join spec v0.2-v0.5). A plan is data
/// (<see cref="QueryPlan"/>); one planner serves every request, and <see cref="QueryPlanCache"/> keeps the
/// plans of operations seen before.
/// </summary>
public sealed class QueryPlanner
{
    private readonly Supergraph _supergraph;
    private readonly QueryPlannerOptions _options;

    public QueryPlanner(Supergraph supergraph, QueryPlannerOptions? options = null)
    {
        _supergraph = supergraph;
        _options = options ?? new QueryPlannerOptions();
    }

    public Supergraph Supergraph => _supergraph;

    /// <summary>
    /// The plan for the operation named <paramref name="operationName"/> (or the only one) of a document
    /// validated against the API schema.
    /// </summary>
    /// <exception cref="QueryPlanningException">The operation cannot be planned; the message says why.</exception>
    public QueryPlan Plan(DocumentNode operationDocument, string? operationName = null)
    {
        var operation = SelectOperation(operationDocument, operationName);
        if (operation.Operation == OperationType.Subscription)
        {
            throw new QueryPlanningException("Subscriptions are not supported by the federated gateway: send queries and mutations only.");
        }

        var fragments = operationDocument.Definitions
            .OfType<FragmentDefinitionNode>()
            .GroupBy(fragment => fragment.Name.Value, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.First(), StringComparer.Ordinal);
        var rootType = _supergraph.SupergraphSchema.GetRootType(operation.Operation)
            ?? throw new QueryPlanningException($"The supergraph has no {operation.Operation.ToString().ToLowerInvariant()} type.");

        var budget = new PlanningBudget(_options.MaxPlanningSteps);
        var planner = new FetchGroupPlanner(_supergraph, _options, fragments, budget);
        var rootFields = RootFieldCollector.Collect(operation.SelectionSet, fragments);
        var roots = new List<FetchGroup>();
        var serial = operation.Operation == OperationType.Mutation;
        foreach (var (field, directives, conditions) in rootFields)
        {
            List<(SubgraphInfo Subgraph, FieldNode Field)> parts;
            try
            {
                var chosen = ChooseRootSubgraph(rootType.Name, field, directives, conditions, roots, fragments, budget);
                if (chosen is null)
                {
                    // __typename and introspection at the root: the gateway answers them without a fetch.
                    continue;
                }

                parts = [(chosen, field)];
            }
            catch (QueryPlanningException) when (!serial && SplitRootField(rootType.Name, field, directives, conditions, fragments, budget) is { } split)
            {
                parts = split;
            }

            foreach (var (subgraph, part) in parts)
            {
                PlanRootField(planner, roots, serial, subgraph, rootType.Name, part, directives, conditions);
            }
        }

        return new QueryPlan(new PlanAssembler(operation, planner.Groups).Assemble(roots, serial));
    }

    private static void PlanRootField(
        FetchGroupPlanner planner,
        List<FetchGroup> roots,
        bool serial,
        SubgraphInfo subgraph,
        string rootType,
        FieldNode field,
        IReadOnlyList<DirectiveNode> directives,
        IReadOnlyList<(string Variable, bool Include)> conditions)
    {
        // Query root fields of one subgraph share a fetch; mutation fields run in order, so only a run of
        // consecutive fields of one subgraph shares a fetch (spec 6.2.2 Mutation: serial execution).
        var group = serial
            ? roots.Count > 0 && roots[^1].Subgraph == subgraph ? roots[^1] : null
            : roots.FirstOrDefault(root => root.Subgraph == subgraph);
        if (group is null)
        {
            group = planner.NewRootGroup(subgraph);
            roots.Add(group);
        }

        planner.PlanField(group, group.Selections, rootType, field, directives, conditions, [], PlanConditions.None, null);
    }

    /// <summary>
    /// A root field several subgraphs resolve, whose selections no single one of them can plan (a keyless type:
    /// no entity jump leads from one subgraph to another). Each top-level selection goes to a subgraph that can
    /// plan it (the fewest fetches wins); each subgraph gets one fetch of the field with its share, at the same
    /// path, and the results merge (Apollo plans such fields as parallel root fetches). Null when a selection
    /// fits no subgraph.
    /// </summary>
    private List<(SubgraphInfo Subgraph, FieldNode Field)>? SplitRootField(
        string rootType,
        FieldNode field,
        IReadOnlyList<DirectiveNode> directives,
        IReadOnlyList<(string Variable, bool Include)> conditions,
        Dictionary<string, FragmentDefinitionNode> fragments,
        PlanningBudget budget)
    {
        if (field.SelectionSet is not { } selectionSet)
        {
            return null;
        }

        var candidates = new FetchGroupPlanner(_supergraph, _options, fragments, budget).RootCandidates(rootType, field.Name.Value);
        if (candidates.Count < 2)
        {
            return null;
        }

        var shares = new List<(SubgraphInfo Subgraph, List<SelectionNode> Selections)>();
        foreach (var selection in selectionSet.Selections)
        {
            var part = new FieldNode(field.Alias, field.Name, field.Arguments, field.Directives, new SelectionSetNode([selection]));
            SubgraphInfo? best = null;
            var bestCost = int.MaxValue;
            foreach (var candidate in candidates)
            {
                budget.Step();
                var trial = new FetchGroupPlanner(_supergraph, _options, fragments, budget);
                var root = trial.NewRootGroup(candidate);
                try
                {
                    trial.PlanField(root, root.Selections, rootType, part, directives, conditions, [], PlanConditions.None, null);
                }
                catch (QueryPlanningException exception) when (!exception.Message.StartsWith("Query planning stopped", StringComparison.Ordinal))
                {
                    continue;
                }

                if (trial.Groups.Count < bestCost)
                {
                    best = candidate;
                    bestCost = trial.Groups.Count;
                }
            }

            if (best is null)
            {
                return null;
            }

            var index = shares.FindIndex(share => share.Subgraph == best);
            if (index < 0)
            {
                shares.Add((best, [selection]));
            }
            else
            {
                shares[index].Selections.Add(selection);
            }
        }

        return shares
            .Select(share => (share.Subgraph, new FieldNode(field.Alias, field.Name, field.Arguments, field.Directives, new SelectionSetNode(share.Selections))))
            .ToList();
    }

    /// <summary>
    /// The subgraph for a root field. When several can resolve it, each is tried and the one whose plan needs
    /// the fewest fetches wins (ties: a subgraph the operation already fetches from, then supergraph order).
    /// </summary>
    private SubgraphInfo? ChooseRootSubgraph(
        string rootType,
        FieldNode field,
        IReadOnlyList<DirectiveNode> directives,
        IReadOnlyList<(string Variable, bool Include)> conditions,
        List<FetchGroup> roots,
        Dictionary<string, FragmentDefinitionNode> fragments,
        PlanningBudget budget)
    {
        if (field.Name.Value.StartsWith("__", StringComparison.Ordinal))
        {
            return null;
        }

        var probe = new FetchGroupPlanner(_supergraph, _options, fragments, budget);
        var candidates = probe.RootCandidates(rootType, field.Name.Value);
        if (candidates.Count == 0)
        {
            throw new QueryPlanningException($"No subgraph can resolve {rootType}.{field.Name.Value}: check the supergraph's @join__field on it.");
        }

        if (candidates.Count == 1)
        {
            return candidates[0];
        }

        SubgraphInfo? best = null;
        var bestCost = int.MaxValue;
        var bestWeight = int.MaxValue;
        QueryPlanningException? firstFailure = null;
        foreach (var candidate in candidates)
        {
            budget.Step();
            var trial = new FetchGroupPlanner(_supergraph, _options, fragments, budget);
            var root = trial.NewRootGroup(candidate);
            try
            {
                trial.PlanField(root, root.Selections, rootType, field, directives, conditions, [], PlanConditions.None, null);
            }
            catch (QueryPlanningException exception) when (!exception.Message.StartsWith("Query planning stopped", StringComparison.Ordinal))
            {
                firstFailure ??= exception;
                continue;
            }

            // A root fetch the operation already makes costs nothing more. Between plans of as many fetches, the
            // one whose entity fetches ask less wins: more of the selections are resolved by the root fetch
            // itself (through @provides, say), as Apollo's cost model, which weighs every fetched field, prefers.
            var cost = (trial.Groups.Count * 2) - (roots.Any(existing => existing.Subgraph == candidate) ? 2 : 0);
            var weight = 0;
            foreach (var group in trial.Groups)
            {
                weight += group.IsEntityFetch ? group.Selections.Size() : 0;
            }

            if (cost < bestCost || (cost == bestCost && weight < bestWeight))
            {
                best = candidate;
                bestCost = cost;
                bestWeight = weight;
            }
        }

        return best ?? throw firstFailure!;
    }

    private static OperationDefinitionNode SelectOperation(DocumentNode document, string? operationName)
    {
        var operations = document.Definitions.OfType<OperationDefinitionNode>().ToList();
        if (operationName is null)
        {
            return operations.Count switch
            {
                1 => operations[0],
                0 => throw new QueryPlanningException("The document has no operation to plan."),
                _ => throw new QueryPlanningException(
                    $"The document has {operations.Count} operations ({string.Join(", ", operations.Select(o => o.Name?.Value ?? "anonymous"))}): name the one to plan."),
            };
        }

        return operations.FirstOrDefault(operation => operation.Name?.Value == operationName)
            ?? throw new QueryPlanningException($"The document has no operation named \"{operationName}\".");
    }
}
