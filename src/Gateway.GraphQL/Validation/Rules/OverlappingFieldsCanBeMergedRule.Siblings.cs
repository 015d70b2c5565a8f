namespace Gateway.GraphQL.Validation.Rules;

/// <summary>Step (C) for selection sets that spread many fragments side by side.</summary>
public sealed partial class OverlappingFieldsCanBeMergedRule
{
    /// <summary>
    /// Which later sibling fragments a fragment must be compared with. Two fragments that spread no
    /// fragments themselves can only conflict through a response name they share, and not at all when
    /// both select it as the same simple leaf; such a pair would find nothing and, being cheap, would not
    /// be remembered, so leaving it out changes no result. Fragments that do spread others are compared
    /// with every later sibling, as graphql-js does.
    /// </summary>
    private sealed class SiblingFragmentIndex
    {
        private readonly CollectedFields?[] _fields;
        private readonly List<int> _spreading = [];

        // Per response name, the fragments selecting it, split by the simple leaf they all select it as
        // (Leaf is null for groups that are not one repeated simple leaf); indices ascend in each list.
        private readonly Dictionary<string, List<(FieldGroup? Leaf, List<int> Indices)>> _byResponseName = new(StringComparer.Ordinal);

        public SiblingFragmentIndex(OverlappingFieldsCanBeMergedRule rule, List<string> fragmentNames)
        {
            _fields = new CollectedFields?[fragmentNames.Count];
            for (var i = 0; i < fragmentNames.Count; i++)
            {
                if (rule._context.GetFragment(fragmentNames[i]) is not { } fragment)
                {
                    continue;
                }

                var fields = rule.CollectFragmentFields(fragment);
                _fields[i] = fields;
                if (fields.FragmentNames.Count > 0)
                {
                    _spreading.Add(i);
                }

                foreach (var group in fields.Groups)
                {
                    Bucket(group).Add(i);
                }
            }
        }

        public bool MustCompareWithAll(int index) => _fields[index] is { FragmentNames.Count: > 0 };

        /// <summary>The later siblings of a fragment that spreads none, in order.</summary>
        public void FindCandidates(int index, List<int> candidates)
        {
            candidates.Clear();
            if (_fields[index] is not { } fields)
            {
                // Graphql-js compares nothing for an unknown fragment (Known Fragment Names reports it).
                return;
            }

            AddLater(_spreading, index, candidates);
            foreach (var group in fields.Groups)
            {
                foreach (var (leaf, indices) in _byResponseName[group.ResponseName])
                {
                    if (leaf is null || !group.AlwaysMergesWith(leaf))
                    {
                        AddLater(indices, index, candidates);
                    }
                }
            }

            if (candidates.Count > 1)
            {
                candidates.Sort();
                var kept = 1;
                for (var k = 1; k < candidates.Count; k++)
                {
                    if (candidates[k] != candidates[kept - 1])
                    {
                        candidates[kept++] = candidates[k];
                    }
                }

                candidates.RemoveRange(kept, candidates.Count - kept);
            }
        }

        private List<int> Bucket(FieldGroup group)
        {
            if (!_byResponseName.TryGetValue(group.ResponseName, out var buckets))
            {
                buckets = [];
                _byResponseName[group.ResponseName] = buckets;
            }

            var leaf = group.IsUniform ? group : null;
            foreach (var (existingLeaf, indices) in buckets)
            {
                if (leaf is not null && existingLeaf is not null && leaf.AlwaysMergesWith(existingLeaf))
                {
                    return indices;
                }

                if (leaf is null && existingLeaf is null)
                {
                    return indices;
                }
            }

            List<int> created = [];
            buckets.Add((leaf, created));
            return created;
        }

        private static void AddLater(List<int> ascending, int index, List<int> candidates)
        {
            var start = ascending.BinarySearch(index + 1);
            for (var k = start < 0 ? ~start : start; k < ascending.Count; k++)
            {
                candidates.Add(ascending[k]);
            }
        }
    }
}
