using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Validation.Rules;

/// <summary>
/// The comparisons of Spec 5.3.2 FieldsInSetCanMerge, in graphql-js's order: (A) fields within a set, (B) the
/// set against each fragment it spreads, (C) those fragments against each other, (D-G) recursively through
/// the fragments they spread, and (H-J) the sub-selections of two fields with one response name.
/// </summary>
public sealed partial class OverlappingFieldsCanBeMergedRule
{
    // A fragment pair that found nothing within this much work is cheaper to compare again than to remember.
    private const int ForgettablePairWork = 64;

    // Beyond this many fragments spread in one selection set, pairs that cannot conflict are not visited.
    private const int SiblingIndexThreshold = 8;

    private void FindConflictsWithinSelectionSet(List<Conflict> conflicts, NamedType? parentType, SelectionSetNode selectionSet)
    {
        var collected = CollectFields(parentType, selectionSet);

        // (A) Every pair of fields sharing a response name within this selection set.
        foreach (var group in collected.Groups)
        {
            if (group.Fields.Count < 2 || group.IsUniform)
            {
                continue;
            }

            var fields = group.Fields;
            var runEnds = group.RunEnds;
            for (var i = 0; i < fields.Count; i++)
            {
                var j = i + 1;
                while (j < fields.Count)
                {
                    // Copies of one simple leaf never conflict: skip the run of them.
                    if (fields[i].IsSameSimpleLeaf(fields[j]))
                    {
                        j = runEnds[j];
                        continue;
                    }

                    if (FindConflict(false, group.ResponseName, fields[i], fields[j]) is { } conflict)
                    {
                        conflicts.Add(conflict);
                    }

                    j++;
                }
            }
        }

        var fragmentNames = collected.FragmentNames;
        if (fragmentNames.Count == 0 || (collected.Groups.Count == 0 && fragmentNames.Count == 1))
        {
            return;
        }

        var siblings = fragmentNames.Count > SiblingIndexThreshold ? new SiblingFragmentIndex(this, fragmentNames) : null;
        List<int>? candidates = null;
        for (var i = 0; i < fragmentNames.Count; i++)
        {
            // (B) The fields against each spread fragment, then (C) the fragments against each other.
            CollectConflictsBetweenFieldsAndFragment(conflicts, false, collected, fragmentNames[i]);
            if (siblings is null || siblings.MustCompareWithAll(i))
            {
                for (var j = i + 1; j < fragmentNames.Count; j++)
                {
                    CollectConflictsBetweenFragments(conflicts, false, fragmentNames[i], fragmentNames[j]);
                }

                continue;
            }

            candidates ??= [];
            siblings.FindCandidates(i, candidates);
            foreach (var j in candidates)
            {
                CollectConflictsBetweenFragments(conflicts, false, fragmentNames[i], fragmentNames[j]);
            }
        }
    }

    private void CollectConflictsBetweenFieldsAndFragment(List<Conflict> conflicts, bool areMutuallyExclusive, CollectedFields collected, string fragmentName)
    {
        SpendWork(1);
        if (collected.Groups.Count == 0)
        {
            return;
        }

        var compared = collected.ComparedFragments ??= new Dictionary<string, bool>(StringComparer.Ordinal);
        if (compared.TryGetValue(fragmentName, out var wasExclusive) && (!wasExclusive || areMutuallyExclusive))
        {
            return;
        }

        compared[fragmentName] = areMutuallyExclusive;
        if (_context.GetFragment(fragmentName) is not { } fragment)
        {
            return;
        }

        var fragmentFields = CollectFragmentFields(fragment);
        if (ReferenceEquals(collected, fragmentFields))
        {
            return;
        }

        // (D) The fields against the fragment's fields, then (E) against the fragments it spreads.
        CollectConflictsBetween(conflicts, areMutuallyExclusive, collected, fragmentFields);
        foreach (var referenced in fragmentFields.FragmentNames)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, collected, referenced);
        }
    }

    private void CollectConflictsBetweenFragments(List<Conflict> conflicts, bool areMutuallyExclusive, string fragmentName1, string fragmentName2)
    {
        SpendWork(2);
        if (fragmentName1 == fragmentName2 || _comparedFragmentPairs.Contains(fragmentName1, fragmentName2, areMutuallyExclusive))
        {
            return;
        }

        // Marked before recursing, so fragments spreading each other end the recursion.
        var pair = _comparedFragmentPairs.Add(fragmentName1, fragmentName2, areMutuallyExclusive);
        var fragment1 = _context.GetFragment(fragmentName1);
        var fragment2 = _context.GetFragment(fragmentName2);
        if (fragment1 is null || fragment2 is null)
        {
            return;
        }

        var conflictsBefore = conflicts.Count;
        var workBefore = _remainingWork;
        var fields1 = CollectFragmentFields(fragment1);
        var fields2 = CollectFragmentFields(fragment2);

        // (F) The two fragments' fields, then (G) each against the fragments the other spreads.
        CollectConflictsBetween(conflicts, areMutuallyExclusive, fields1, fields2);
        foreach (var referenced in fields2.FragmentNames)
        {
            CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, fragmentName1, referenced);
        }

        foreach (var referenced in fields1.FragmentNames)
        {
            CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, referenced, fragmentName2);
        }

        // Comparing again could only find a subset of nothing, so a cheap empty comparison is not kept.
        if (conflicts.Count == conflictsBefore && workBefore - _remainingWork <= ForgettablePairWork)
        {
            _comparedFragmentPairs.Restore(pair);
        }
    }

    private List<Conflict> FindConflictsBetweenSubSelectionSets(bool areMutuallyExclusive, NamedType? parentType1, SelectionSetNode selectionSet1, NamedType? parentType2, SelectionSetNode selectionSet2)
    {
        List<Conflict> conflicts = [];
        var collected1 = CollectFields(parentType1, selectionSet1);
        var collected2 = CollectFields(parentType2, selectionSet2);

        // (H) The two sets of fields, (I) each set against the fragments the other spreads, (J) the
        // fragments of one against the fragments of the other.
        CollectConflictsBetween(conflicts, areMutuallyExclusive, collected1, collected2);
        foreach (var fragmentName in collected2.FragmentNames)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, collected1, fragmentName);
        }

        foreach (var fragmentName in collected1.FragmentNames)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, collected2, fragmentName);
        }

        foreach (var fragmentName1 in collected1.FragmentNames)
        {
            foreach (var fragmentName2 in collected2.FragmentNames)
            {
                CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, fragmentName1, fragmentName2);
            }
        }

        return conflicts;
    }

    /// <summary>Every pair of one field from each set that share a response name, in the first set's order.</summary>
    private void CollectConflictsBetween(List<Conflict> conflicts, bool parentFieldsAreMutuallyExclusive, CollectedFields collected1, CollectedFields collected2)
    {
        if (collected1.Groups.Count == 0 || collected2.Groups.Count == 0)
        {
            return;
        }

        foreach (var group1 in collected1.Groups)
        {
            SpendWork(1);
            if (collected2.GetGroup(group1.ResponseName) is not { } group2 || group1.AlwaysMergesWith(group2))
            {
                continue;
            }

            var fields2 = group2.Fields;
            var runEnds2 = group2.RunEnds;
            foreach (var field1 in group1.Fields)
            {
                var j = 0;
                while (j < fields2.Count)
                {
                    if (field1.IsSameSimpleLeaf(fields2[j]))
                    {
                        j = runEnds2[j];
                        continue;
                    }

                    if (FindConflict(parentFieldsAreMutuallyExclusive, group1.ResponseName, field1, fields2[j]) is { } conflict)
                    {
                        conflicts.Add(conflict);
                    }

                    j++;
                }
            }
        }
    }

    /// <summary>Whether two fields with one response name can merge, recursing into their sub-selections.</summary>
    private Conflict? FindConflict(bool parentFieldsAreMutuallyExclusive, string responseName, FieldEntry field1, FieldEntry field2)
    {
        // Fields on two different object types are never both executed for one object, so only their
        // response shapes must agree (SameResponseShape); otherwise name and arguments must agree too.
        var areMutuallyExclusive = parentFieldsAreMutuallyExclusive
            || (!ReferenceEquals(field1.ParentType, field2.ParentType) && field1.ParentType is ObjectType && field2.ParentType is ObjectType);
        SpendWork(2);
        if (field1.IsSameSimpleLeaf(field2))
        {
            return null;
        }

        var node1 = field1.Node;
        var node2 = field2.Node;
        if (!areMutuallyExclusive)
        {
            string? reason = null;
            if (node1.Name.Value != node2.Name.Value)
            {
                reason = $"\"{Abbreviate(node1.Name.Value)}\" and \"{Abbreviate(node2.Name.Value)}\" are different fields";
            }
            else if (!HaveSameArguments(node1.Arguments, node2.Arguments))
            {
                reason = "they have differing arguments";
            }

            if (reason is not null)
            {
                SpendWork(ConflictWork);
                return new Conflict(responseName, reason, [node1], [node2]);
            }
        }

        var type1 = field1.Definition?.Type;
        var type2 = field2.Definition?.Type;
        if (type1 is not null && type2 is not null && DoTypesConflict(type1, type2))
        {
            SpendWork(ConflictWork);
            return new Conflict(responseName, $"they return conflicting types \"{type1}\" and \"{type2}\"", [node1], [node2]);
        }

        if (node1.SelectionSet is { } selectionSet1 && node2.SelectionSet is { } selectionSet2)
        {
            var subConflicts = FindConflictsBetweenSubSelectionSets(areMutuallyExclusive, type1?.Named, selectionSet1, type2?.Named, selectionSet2);
            return SubfieldConflicts(subConflicts, responseName, node1, node2);
        }

        return null;
    }

    /// <summary>One conflict that explains the conflicts found between the sub-selections of two fields.</summary>
    private Conflict? SubfieldConflicts(List<Conflict> subConflicts, string responseName, FieldNode node1, FieldNode node2)
    {
        if (subConflicts.Count == 0)
        {
            return null;
        }

        SpendWork(ConflictWork);

        var reason = new System.Text.StringBuilder();
        foreach (var subConflict in subConflicts)
        {
            if (reason.Length > 0)
            {
                reason.Append(" and ");
            }

            reason.Append("subfields \"").Append(Abbreviate(subConflict.ResponseName)).Append("\" conflict because ").Append(subConflict.Reason);
            if (reason.Length > MaxConflictDetailLength)
            {
                break;
            }
        }

        return new Conflict(
            responseName,
            Abbreviate(reason.ToString()),
            ConflictNodes(node1, subConflicts, first: true),
            ConflictNodes(node2, subConflicts, first: false));
    }

    // The enclosing field, then the sub-conflicts' fields, at most MaxConflictNodes, keeping the innermost.
    private static List<FieldNode> ConflictNodes(FieldNode node, List<Conflict> subConflicts, bool first)
    {
        List<FieldNode> nodes = [node];
        foreach (var subConflict in subConflicts)
        {
            var side = first ? subConflict.Fields1 : subConflict.Fields2;
            var remaining = MaxConflictNodes - nodes.Count;
            var start = Math.Max(0, side.Count - remaining);
            for (var i = start; i < side.Count; i++)
            {
                nodes.Add(side[i]);
            }

            if (nodes.Count == MaxConflictNodes)
            {
                break;
            }
        }

        return nodes;
    }

    /// <summary>Spec 5.3.2 SameResponseShape: lists and non-null must wrap alike, and leaf types must be the same type.</summary>
    private bool DoTypesConflict(GraphQLType type1, GraphQLType type2)
    {
        while (true)
        {
            if (ReferenceEquals(type1, type2))
            {
                return false;
            }

            SpendWork(1);
            if (type1 is ListType list1)
            {
                if (type2 is not ListType list2)
                {
                    return true;
                }

                (type1, type2) = (list1.OfType, list2.OfType);
                continue;
            }

            if (type2 is ListType)
            {
                return true;
            }

            if (type1 is NonNullType nonNull1)
            {
                if (type2 is not NonNullType nonNull2)
                {
                    return true;
                }

                (type1, type2) = (nonNull1.OfType, nonNull2.OfType);
                continue;
            }

            if (type2 is NonNullType)
            {
                return true;
            }

            // Composite types are compared through their sub-selections instead.
            return type1 is ScalarType or EnumType || type2 is ScalarType or EnumType;
        }
    }

    /// <summary>The same wrappers around the same named type (or both unknown).</summary>
    private static bool AreSameType(GraphQLType? type1, GraphQLType? type2)
    {
        while (true)
        {
            if (ReferenceEquals(type1, type2))
            {
                return true;
            }

            switch (type1, type2)
            {
                case (ListType list1, ListType list2):
                    (type1, type2) = (list1.OfType, list2.OfType);
                    continue;
                case (NonNullType nonNull1, NonNullType nonNull2):
                    (type1, type2) = (nonNull1.OfType, nonNull2.OfType);
                    continue;
                default:
                    return false;
            }
        }
    }
}
