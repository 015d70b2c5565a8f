using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.3.2 Field Selection Merging (https://spec.graphql.org/September2025/#sec-Field-Selection-Merging):
/// "If multiple field selections with the same response names are encountered during execution, the field
/// and arguments to execute and the resulting value should be unambiguous. Therefore any two field
/// selections which might both be encountered for the same object are only valid if they are equivalent."
/// FieldsInSetCanMerge asks for the same field name and arguments unless the parent types are distinct
/// object types, and SameResponseShape asks, always, that the field types do not differ.
/// </summary>
/// <remarks>
/// Conflicts are found and reported as graphql-js 16 finds them (same pairs, same order, same messages),
/// but the work is bounded differently: fields are grouped by response name once per selection set and
/// parent type; a group of identical leaf fields is never compared with itself; each pair of fragments is
/// compared at most once per exclusivity; and a pair of fragments that was cheap to compare and found
/// nothing is not remembered, so thousands of fragments spread side by side cost no quadratic memory.
/// </remarks>
public sealed partial class OverlappingFieldsCanBeMergedRule : ValidationRule
{
    // graphql-js cuts long names and reasons, and the located fields of nested conflicts, to these sizes.
    private const int MaxConflictDetailLength = 1000;
    private const int MaxConflictNodes = 20;

    // Work units (field pairs compared, fragment pairs visited, groups matched, conflicts kept) before
    // validation gives up on a document built to be pathological. graphql-js spends its 500,000 on the
    // pairs we skip too. A conflict costs more, as it is kept until the selection set is reported: this
    // bounds the memory a document can make validation hold.
    private const long MaxWork = 20_000_000;
    private const int ConflictWork = 64;

    private readonly Dictionary<(NamedType?, SelectionSetNode), CollectedFields> _collected = [];
    private readonly FragmentPairSet _comparedFragmentPairs = new();
    private readonly List<Conflict> _conflicts = [];
    private ValidationContext _context = null!;
    private InlineFragmentNode? _inlineFragment;
    private long _remainingWork = MaxWork;
    private bool _aborted;

    public override void EnterInlineFragment(InlineFragmentNode node, ValidationContext context) => _inlineFragment = node;

    public override void EnterSelectionSet(SelectionSetNode node, ValidationContext context)
    {
        // An inline fragment's fields were already collected into the enclosing selection set, and a lone
        // field or spread has nothing to conflict with here (its own selection set is visited on its own).
        if (_aborted
            || ReferenceEquals(node, _inlineFragment?.SelectionSet)
            || (node.Selections.Count <= 1 && (node.Selections.Count == 0 || node.Selections[0] is not InlineFragmentNode)))
        {
            return;
        }

        _context = context;
        var conflicts = _conflicts;
        conflicts.Clear();
        try
        {
            FindConflictsWithinSelectionSet(conflicts, context.ParentType, node);
        }
        catch (WorkLimitExceededException)
        {
            // As graphql-js does when its budget runs out: the errors so far, this one, and no further rules.
            _aborted = true;
            context.ReportError(new GraphQLError("Validation aborted."));
            throw new ValidationAbortedException();
        }

        foreach (var conflict in conflicts)
        {
            var nodes = new SyntaxNode?[conflict.Fields1.Count + conflict.Fields2.Count];
            for (var i = 0; i < conflict.Fields1.Count; i++)
            {
                nodes[i] = conflict.Fields1[i];
            }

            for (var i = 0; i < conflict.Fields2.Count; i++)
            {
                nodes[conflict.Fields1.Count + i] = conflict.Fields2[i];
            }

            context.ReportError(
                $"Fields \"{Abbreviate(conflict.ResponseName)}\" conflict because {conflict.Reason}. Use different aliases on the fields to fetch both if this was intentional.",
                nodes);
        }
    }

    private void SpendWork(int units)
    {
        _remainingWork -= units;
        if (_remainingWork < 0)
        {
            throw new WorkLimitExceededException();
        }
    }

    private static string Abbreviate(string text) =>
        text.Length > MaxConflictDetailLength ? string.Concat(text.AsSpan(0, MaxConflictDetailLength), "...") : text;

    /// <summary>Two fields with one response name that cannot be merged, and why; the located fields of each side.</summary>
    private sealed record Conflict(string ResponseName, string Reason, List<FieldNode> Fields1, List<FieldNode> Fields2);

    private sealed class WorkLimitExceededException : Exception
    {
    }
}
