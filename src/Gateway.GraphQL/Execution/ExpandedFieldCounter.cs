using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Execution;

/// <summary>
/// Counts the fields of an operation with every fragment spread replaced by its fragment: the response
/// fields the operation asks for per object, before list sizes multiply them. Linear in the document
/// (each fragment counted once), so a fragment bomb that would take minutes to execute is refused before
/// execution starts. An upper bound: fields merged under one response name are counted each time they are
/// written.
/// </summary>
internal static class ExpandedFieldCounter
{
    /// <summary>The expanded field count of <paramref name="operation"/>, or <paramref name="limit"/> + 1 once it passes the limit.</summary>
    public static long Count(OperationDefinitionNode operation, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments, long limit)
    {
        var counted = new Dictionary<string, long>(StringComparer.Ordinal);
        return Count(operation.SelectionSet, fragments, counted, limit);
    }

    private static long Count(
        SelectionSetNode selectionSet,
        IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        Dictionary<string, long> counted,
        long limit)
    {
        long total = 0;
        foreach (var selection in selectionSet.Selections)
        {
            long count;
            switch (selection)
            {
                case FieldNode field:
                    count = field.SelectionSet is null ? 1 : 1 + Count(field.SelectionSet, fragments, counted, limit);
                    break;
                case InlineFragmentNode inline:
                    count = Count(inline.SelectionSet, fragments, counted, limit);
                    break;
                case FragmentSpreadNode spread:
                    var name = spread.Name.Value;
                    if (!counted.TryGetValue(name, out count))
                    {
                        // Zero while in progress: a cycle (already a validation error) adds nothing.
                        counted[name] = 0;
                        count = fragments.TryGetValue(name, out var fragment) ? Count(fragment.SelectionSet, fragments, counted, limit) : 0;
                        counted[name] = count;
                    }

                    break;
                default:
                    count = 0;
                    break;
            }

            total = Math.Min(total + count, limit + 1);
        }

        return total;
    }
}
