using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Validation.Rules;

/// <summary>
/// Not a rule of Spec 5 but one graphql-js 16 recommends (its <c>recommendedRules</c>): an introspection
/// query (<c>__schema</c> or <c>__type</c>) may not nest the list fields <c>fields</c>, <c>interfaces</c>,
/// <c>possibleTypes</c> and <c>inputFields</c> three deep, fragments included, since each level multiplies
/// the response by the size of the schema.
/// </summary>
public sealed class MaxIntrospectionDepthRule : ValidationRule
{
    private const int MaxListsDepth = 3;

    // Shared across roots: per fragment, the deepest entry depth at which a check stayed under the limit,
    // and the shallowest at which one reached it. Entry depth is the list depth before the fragment.
    private readonly Dictionary<string, int> _checkedFragments = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _exceededFragments = new(StringComparer.Ordinal);

    // The reported root whose selections are not checked again (graphql-js stops visiting below it).
    private FieldNode? _reportedRoot;

    public override void EnterField(FieldNode node, ValidationContext context)
    {
        if (_reportedRoot is not null || node.Name.Value is not ("__schema" or "__type"))
        {
            return;
        }

        // Per root: the deepest entry depth at which each fragment was entered, visits in progress included.
        var visitedFragments = new Dictionary<string, int>(StringComparer.Ordinal);
        if (ExceedsDepth(node, visitedFragments, 0, context))
        {
            context.ReportError("Maximum introspection depth exceeded", node);
            _reportedRoot = node;
        }
    }

    public override void LeaveField(FieldNode node, ValidationContext context)
    {
        if (ReferenceEquals(node, _reportedRoot))
        {
            _reportedRoot = null;
        }
    }

    private bool ExceedsDepth(SelectionNode node, Dictionary<string, int> visitedFragments, int depth, ValidationContext context)
    {
        switch (node)
        {
            case FragmentSpreadNode spread:
                return SpreadExceedsDepth(spread.Name.Value, visitedFragments, depth, context);
            case FieldNode field:
                if (field.Name.Value is "fields" or "interfaces" or "possibleTypes" or "inputFields" && ++depth >= MaxListsDepth)
                {
                    return true;
                }

                return field.SelectionSet is { } selectionSet && SelectionsExceedDepth(selectionSet, visitedFragments, depth, context);
            case InlineFragmentNode inline:
                return SelectionsExceedDepth(inline.SelectionSet, visitedFragments, depth, context);
            default:
                return false;
        }
    }

    private bool SpreadExceedsDepth(string fragmentName, Dictionary<string, int> visitedFragments, int depth, ValidationContext context)
    {
        // A check that reached the limit reaches it again from an equal or greater depth.
        if (_exceededFragments.TryGetValue(fragmentName, out var exceededDepth) && exceededDepth <= depth)
        {
            return true;
        }

        // From an equal or shallower depth, a revisit ends a cycle and a completed check can be reused.
        if ((visitedFragments.TryGetValue(fragmentName, out var visitedDepth) && visitedDepth >= depth)
            || (_checkedFragments.TryGetValue(fragmentName, out var checkedDepth) && checkedDepth >= depth))
        {
            return false;
        }

        // Unknown fragments are Known Fragment Names' to report.
        if (context.GetFragment(fragmentName) is not { } fragment)
        {
            return false;
        }

        visitedFragments[fragmentName] = depth;
        if (SelectionsExceedDepth(fragment.SelectionSet, visitedFragments, depth, context))
        {
            _exceededFragments[fragmentName] = depth;
            return true;
        }

        _checkedFragments[fragmentName] = depth;
        return false;
    }

    private bool SelectionsExceedDepth(SelectionSetNode selectionSet, Dictionary<string, int> visitedFragments, int depth, ValidationContext context)
    {
        foreach (var selection in selectionSet.Selections)
        {
            if (ExceedsDepth(selection, visitedFragments, depth, context))
            {
                return true;
            }
        }

        return false;
    }
}
