using System.Text;
using Gateway.GraphQL.Language;

namespace Gateway.Federation.Planning;

/// <summary>
/// Turns planned <see cref="FetchGroup"/>s into plan nodes: each group runs as soon as everything it depends
/// on has run, its dependents follow it in a <see cref="SequenceNode"/>, independent steps share a
/// <see cref="ParallelNode"/>; entity fetches sit in a <see cref="FlattenNode"/> at their path and under a
/// <see cref="ConditionNode"/> for the <c>@skip</c>/<c>@include</c> variables they are under.
/// </summary>
internal sealed class PlanAssembler
{
    private readonly OperationDefinitionNode _operation;
    private readonly IReadOnlyList<FetchGroup> _groups;
    private readonly HashSet<FetchGroup> _processed = [];
    private int _fetchCount;

    public PlanAssembler(OperationDefinitionNode operation, IReadOnlyList<FetchGroup> groups)
    {
        _operation = operation;
        _groups = groups;
    }

    /// <summary>
    /// The plan for root groups that may run together (a query's), or one after the other with everything
    /// each needs finished before the next starts (a mutation's: spec 6.2.2, serial execution of root fields).
    /// </summary>
    public PlanNode? Assemble(IReadOnlyList<FetchGroup> roots, bool serial)
    {
        if (roots.Count == 0)
        {
            return null;
        }

        var plan = serial ? Sequence(roots.Select(root => Stages([root])).ToList()) : Stages(roots);
        foreach (var group in _groups)
        {
            if (!_processed.Contains(group) && Reaches(group, roots))
            {
                // A fetch that waits, through others, for itself would never run: its fields would quietly
                // stay null. The planner avoids such cycles; failing here keeps one from reaching a response.
                throw new QueryPlanningException(
                    $"The plan's fetch from \"{group.Subgraph.DisplayName}\" at \"{string.Join('.', group.MergePath)}\" waits for itself through other fetches; the operation cannot be planned.");
            }
        }

        return plan;
    }

    private PlanNode Stages(IReadOnlyList<FetchGroup> roots)
    {
        var stages = new List<PlanNode>();
        IReadOnlyList<FetchGroup> ready = roots;
        while (ready.Count > 0)
        {
            var completed = new HashSet<FetchGroup>(_processed);
            stages.Add(Parallel(ready.Select(group => Expand(group, completed)).ToList()));

            // Groups waiting on more than one branch (@requires fed by a sibling fetch) run once all have.
            ready = _groups
                .Where(group => !_processed.Contains(group) && group.Prerequisites.All(_processed.Contains)
                    && Reaches(group, roots))
                .OrderBy(group => group.Index)
                .ToList();
        }

        return Sequence(stages);
    }

    private static bool Reaches(FetchGroup group, IReadOnlyList<FetchGroup> roots)
    {
        var current = group;
        while (current.Parent is { } parent)
        {
            current = parent;
        }

        return roots.Contains(current);
    }

    /// <summary>
    /// A group, then (in parallel) the dependents that need nothing outside the chain that led here. Dependents
    /// are listed latest first, as Apollo's planner (which works through selections as a stack) lists them, so
    /// plans read the same; the order within a parallel node does not change what runs.
    /// </summary>
    private PlanNode Expand(FetchGroup group, HashSet<FetchGroup> completed)
    {
        _processed.Add(group);
        var chain = new HashSet<FetchGroup>(completed) { group };
        PlanNode node = Fetch(group);
        if (group.IsEntityFetch)
        {
            node = new FlattenNode(group.MergePath, node);
        }

        var dependents = group.Children
            .Where(child => !_processed.Contains(child) && child.Prerequisites.All(chain.Contains))
            .OrderByDescending(child => child.Index)
            .ToList();
        if (dependents.Count > 0)
        {
            node = Sequence([node, Parallel(dependents.Select(dependent => Expand(dependent, chain)).ToList())]);
        }

        // Conditions outermost first: Include(if: $a) { Skip(if: $b) { ... } }.
        for (var i = group.Conditions.Items.Count - 1; i >= 0; i--)
        {
            var (variable, include) = group.Conditions.Items[i];
            node = include ? new ConditionNode(variable, node, null) : new ConditionNode(variable, null, node);
        }

        return node;
    }

    private static PlanNode Sequence(List<PlanNode> nodes)
    {
        var flat = nodes.SelectMany(node => node is SequenceNode sequence ? sequence.Nodes : [node]).ToList();
        return flat.Count == 1 ? flat[0] : new SequenceNode(flat);
    }

    private static PlanNode Parallel(List<PlanNode> nodes)
    {
        var flat = nodes.SelectMany(node => node is ParallelNode parallel ? parallel.Nodes : [node]).ToList();
        return flat.Count == 1 ? flat[0] : new ParallelNode(flat);
    }

    private FetchNode Fetch(FetchGroup group)
    {
        // Apollo names subgraph operations after the client's, with the subgraph and the fetch's position in
        // the plan, so subgraph logs can be traced back: "TopProducts__reviews__1".
        var index = _fetchCount++;
        string? operationName = _operation.Name is { } name
            ? $"{name.Value}__{Sanitize(group.Subgraph.DisplayName)}__{index}"
            : null;

        var used = new HashSet<string>(StringComparer.Ordinal);
        group.Selections.CollectVariables(used);
        var definitions = _operation.VariableDefinitions.Where(definition => used.Contains(definition.Variable.Name.Value)).ToList();

        var text = new StringBuilder();
        var kind = group.IsEntityFetch ? OperationType.Query : _operation.Operation;
        var header = new StringBuilder();
        if (group.IsEntityFetch)
        {
            header.Append("$representations:[_Any!]!");
        }

        foreach (var definition in definitions)
        {
            header.Append('$').Append(definition.Variable.Name.Value).Append(':').Append(Printer.Print(definition.Type));
            if (definition.DefaultValue is { } defaultValue)
            {
                header.Append('=').Append(Printer.Print(defaultValue));
            }
        }

        if (kind != OperationType.Query || operationName is not null || header.Length > 0)
        {
            text.Append(kind == OperationType.Mutation ? "mutation" : "query");
            if (operationName is not null)
            {
                text.Append(' ').Append(operationName);
            }

            if (header.Length > 0)
            {
                text.Append('(').Append(header).Append(')');
            }
        }

        var outputRewrites = new List<OutputRewrite>();
        group.Selections.AliasConflictingFields(outputRewrites, []);
        if (group.IsEntityFetch)
        {
            text.Append("{_entities(representations:$representations)");
            group.Selections.Write(text);
            text.Append('}');
        }
        else
        {
            group.Selections.Write(text);
        }

        var requires = group.IsEntityFetch ? group.Requires.ToSyntax() : null;
        return new FetchNode(
            group.Subgraph.DisplayName,
            text.ToString(),
            definitions.Select(definition => definition.Variable.Name.Value).ToList(),
            requires,
            kind,
            OperationName: operationName)
        {
            InputRewrites = group.InterfaceObjectTypes
                .Select(rewrite => new InputRewrite(["... on " + rewrite.Key, "__typename"], rewrite.Value))
                .ToList(),
            OutputRewrites = outputRewrites,
        };
    }

    private static string Sanitize(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) || c == '_' ? c : '_');
        }

        return builder.ToString();
    }
}
