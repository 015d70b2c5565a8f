using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Validation.Rules;

/// <summary>Collecting the fields of a selection set, grouped by response name (Spec 6.3.2 CollectFields, without skipping).</summary>
public sealed partial class OverlappingFieldsCanBeMergedRule
{
    /// <summary>
    /// The fields of a selection set (inline fragments flattened in) grouped by response name in order of
    /// first appearance, and the names of the fragments it spreads, in order, each once. Cached per parent
    /// type and selection set.
    /// </summary>
    private CollectedFields CollectFields(NamedType? parentType, SelectionSetNode selectionSet)
    {
        if (_collected.TryGetValue((parentType, selectionSet), out var collected))
        {
            return collected;
        }

        collected = new CollectedFields();
        CollectInto(collected, parentType, selectionSet);
        _collected[(parentType, selectionSet)] = collected;
        return collected;
    }

    private CollectedFields CollectFragmentFields(FragmentDefinitionNode fragment) =>
        CollectFields(_context.Schema.GetType(fragment.TypeCondition.Name.Value), fragment.SelectionSet);

    private void CollectInto(CollectedFields collected, NamedType? parentType, SelectionSetNode selectionSet)
    {
        // Indexed, not foreach: an enumerator of the IReadOnlyList would be allocated for every selection set.
        var selections = selectionSet.Selections;
        for (var i = 0; i < selections.Count; i++)
        {
            switch (selections[i])
            {
                case FieldNode field:
                    // Meta-fields have no definition here, as in graphql-js: __typename merges by name only.
                    var definition = (parentType as ComplexType)?.GetField(field.Name.Value);
                    collected.Add(new FieldEntry(parentType, field, definition));
                    break;
                case FragmentSpreadNode spread:
                    collected.AddFragmentName(spread.Name.Value);
                    break;
                case InlineFragmentNode inline:
                    var type = inline.TypeCondition is { } condition ? _context.Schema.GetType(condition.Name.Value) : parentType;
                    CollectInto(collected, type, inline.SelectionSet);
                    break;
            }
        }
    }

    /// <summary>One collected field with the type it was selected on and its definition there, when known.</summary>
    private sealed class FieldEntry
    {
        public FieldEntry(NamedType? parentType, FieldNode node, FieldDefinition? definition)
        {
            ParentType = parentType;
            Node = node;
            Definition = definition;
            IsSimpleLeaf = node.Arguments.Count == 0 && node.SelectionSet is null;
        }

        public NamedType? ParentType { get; }

        public FieldNode Node { get; }

        public FieldDefinition? Definition { get; }

        /// <summary>No arguments and no selection set: two such fields with one name and type always merge.</summary>
        public bool IsSimpleLeaf { get; }

        /// <summary>True when <paramref name="other"/> merges with this field whatever their parents (both simple leaves of one name and type).</summary>
        public bool IsSameSimpleLeaf(FieldEntry other) =>
            IsSimpleLeaf
            && other.IsSimpleLeaf
            && Node.Name.Value == other.Node.Name.Value
            && AreSameType(Definition?.Type, other.Definition?.Type);
    }

    /// <summary>The fields sharing one response name.</summary>
    private sealed class FieldGroup
    {
        public FieldGroup(string responseName, FieldEntry first)
        {
            ResponseName = responseName;
            Fields = [first];
            IsUniform = first.IsSimpleLeaf;
        }

        public string ResponseName { get; }

        public List<FieldEntry> Fields { get; }

        /// <summary>Every field is the same simple leaf (like 10,000 copies of <c>name</c>), so none conflict with another.</summary>
        public bool IsUniform { get; private set; }

        public void Add(FieldEntry field)
        {
            IsUniform = IsUniform && Fields[0].IsSameSimpleLeaf(field);
            Fields.Add(field);
        }

        /// <summary>True when no field of this group can conflict with any of <paramref name="other"/>.</summary>
        public bool AlwaysMergesWith(FieldGroup other) => IsUniform && other.IsUniform && Fields[0].IsSameSimpleLeaf(other.Fields[0]);

        /// <summary>
        /// For each field, the index just past the run of consecutive fields that are the same simple leaf
        /// as it, so a scan for conflicts with one field skips a whole run of its copies in one step.
        /// </summary>
        public int[] RunEnds => _runEnds ??= ComputeRunEnds();

        private int[]? _runEnds;

        private int[] ComputeRunEnds()
        {
            var ends = new int[Fields.Count];
            for (var j = Fields.Count - 1; j >= 0; j--)
            {
                ends[j] = j + 1 < Fields.Count && Fields[j].IsSameSimpleLeaf(Fields[j + 1]) ? ends[j + 1] : j + 1;
            }

            return ends;
        }
    }

    private sealed class CollectedFields
    {
        private Dictionary<string, FieldGroup>? _groupsByName;
        private HashSet<string>? _fragmentNameSet;

        /// <summary>Groups in order of their response name's first appearance.</summary>
        public List<FieldGroup> Groups { get; } = [];

        public List<string> FragmentNames { get; } = [];

        /// <summary>
        /// Fragments already compared with these fields, and whether that comparison assumed mutually
        /// exclusive parents (a comparison that did not also covers one that does).
        /// </summary>
        public Dictionary<string, bool>? ComparedFragments { get; set; }

        public FieldGroup? GetGroup(string responseName)
        {
            if (_groupsByName is not null)
            {
                return _groupsByName.GetValueOrDefault(responseName);
            }

            foreach (var group in Groups)
            {
                if (group.ResponseName == responseName)
                {
                    return group;
                }
            }

            return null;
        }

        public void Add(FieldEntry field)
        {
            var responseName = field.Node.ResponseName;
            if (GetGroup(responseName) is { } group)
            {
                group.Add(field);
                return;
            }

            group = new FieldGroup(responseName, field);
            Groups.Add(group);
            if (_groupsByName is not null)
            {
                _groupsByName[responseName] = group;
            }
            else if (Groups.Count > 8)
            {
                // Small selection sets are searched in place; larger ones get an index.
                _groupsByName = new Dictionary<string, FieldGroup>(StringComparer.Ordinal);
                foreach (var existing in Groups)
                {
                    _groupsByName[existing.ResponseName] = existing;
                }
            }
        }

        public void AddFragmentName(string name)
        {
            if (_fragmentNameSet is not null)
            {
                if (_fragmentNameSet.Add(name))
                {
                    FragmentNames.Add(name);
                }

                return;
            }

            if (FragmentNames.Contains(name))
            {
                return;
            }

            FragmentNames.Add(name);
            if (FragmentNames.Count > 8)
            {
                _fragmentNameSet = new HashSet<string>(FragmentNames, StringComparer.Ordinal);
            }
        }
    }
}
