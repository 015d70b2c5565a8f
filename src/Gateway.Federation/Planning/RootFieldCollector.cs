using Gateway.GraphQL.Language;

namespace Gateway.Federation.Planning;

/// <summary>
/// The root fields of an operation in order, fragments at the root flattened (spec 6.3.2 CollectFields) and
/// their <c>@skip</c>/<c>@include</c> carried onto each field, so every root field can be given a subgraph.
/// </summary>
internal static class RootFieldCollector
{
    public static List<(FieldNode Field, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<(string Variable, bool Include)> Conditions)> Collect(
        SelectionSetNode selectionSet,
        IReadOnlyDictionary<string, FragmentDefinitionNode> fragments)
    {
        var fields = new List<(FieldNode, IReadOnlyList<DirectiveNode>, IReadOnlyList<(string, bool)>)>();
        Collect(selectionSet, [], [], fragments, fields, 0);
        return fields;
    }

    private static void Collect(
        SelectionSetNode selectionSet,
        IReadOnlyList<DirectiveNode> outerDirectives,
        IReadOnlyList<(string Variable, bool Include)> outerConditions,
        IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        List<(FieldNode, IReadOnlyList<DirectiveNode>, IReadOnlyList<(string, bool)>)> fields,
        int depth)
    {
        // Validation (spec 5.5.2.2 Fragment spreads must not form cycles) rules out deeper nesting than the
        // number of fragments; the bound only guards against unvalidated input.
        if (depth > fragments.Count + 1)
        {
            throw new QueryPlanningException("Fragment spreads at the root form a cycle: validate the operation before planning it.");
        }

        foreach (var selection in selectionSet.Selections)
        {
            if (!StaticConditions.Evaluate(selection.Directives, out var kept, out var conditions))
            {
                continue;
            }

            var directives = outerDirectives.Count == 0 ? kept : outerDirectives.Concat(kept).ToList();
            var allConditions = outerConditions.Count == 0 ? conditions : outerConditions.Concat(conditions).ToList();
            switch (selection)
            {
                case FieldNode field:
                    fields.Add((field, directives, allConditions));
                    break;
                case InlineFragmentNode inline:
                    Collect(inline.SelectionSet, directives, allConditions, fragments, fields, depth + 1);
                    break;
                case FragmentSpreadNode spread:
                    var definition = fragments.GetValueOrDefault(spread.Name.Value)
                        ?? throw new QueryPlanningException($"The operation spreads fragment \"{spread.Name.Value}\", which it does not define.");
                    Collect(definition.SelectionSet, directives, allConditions, fragments, fields, depth + 1);
                    break;
            }
        }
    }
}
