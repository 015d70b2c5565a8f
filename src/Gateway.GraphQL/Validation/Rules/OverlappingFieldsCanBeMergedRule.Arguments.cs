using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Validation.Rules;

/// <summary>Argument equality for Spec 5.3.2 SameArguments, and the memory of compared fragment pairs.</summary>
public sealed partial class OverlappingFieldsCanBeMergedRule
{
    /// <summary>
    /// Same number of arguments, and each argument of the first has an equal value in the second. Values
    /// compare as graphql-js compares them: by kind and text (so <c>1</c> and <c>1.0</c> differ, as do a
    /// string and a block string), input object fields in any order.
    /// </summary>
    private static bool HaveSameArguments(IReadOnlyList<ArgumentNode> arguments1, IReadOnlyList<ArgumentNode> arguments2)
    {
        if (arguments1.Count != arguments2.Count)
        {
            return false;
        }

        foreach (var argument1 in arguments1)
        {
            if (FindLastArgument(arguments2, argument1.Name.Value) is not { } argument2 || !AreSameValue(argument1.Value, argument2.Value))
            {
                return false;
            }
        }

        return true;
    }

    // When a name repeats (Argument Uniqueness reports it), the last one counts, as in graphql-js.
    private static ArgumentNode? FindLastArgument(IReadOnlyList<ArgumentNode> arguments, string name)
    {
        for (var i = arguments.Count - 1; i >= 0; i--)
        {
            if (arguments[i].Name.Value == name)
            {
                return arguments[i];
            }
        }

        return null;
    }

    private static bool AreSameValue(ValueNode value1, ValueNode value2)
    {
        if (value1.Kind != value2.Kind)
        {
            return false;
        }

        switch (value1)
        {
            case VariableNode variable:
                return variable.Name.Value == ((VariableNode)value2).Name.Value;
            case IntValueNode integer:
                return integer.Value == ((IntValueNode)value2).Value;
            case FloatValueNode number:
                return number.Value == ((FloatValueNode)value2).Value;
            case StringValueNode text:
                var otherText = (StringValueNode)value2;
                return text.Value == otherText.Value && text.Block == otherText.Block;
            case BooleanValueNode boolean:
                return boolean.Value == ((BooleanValueNode)value2).Value;
            case EnumValueNode enumValue:
                return enumValue.Value == ((EnumValueNode)value2).Value;
            case NullValueNode:
                return true;
            case ListValueNode list:
                var otherList = (ListValueNode)value2;
                if (list.Values.Count != otherList.Values.Count)
                {
                    return false;
                }

                for (var i = 0; i < list.Values.Count; i++)
                {
                    if (!AreSameValue(list.Values[i], otherList.Values[i]))
                    {
                        return false;
                    }
                }

                return true;
            case ObjectValueNode obj:
                return AreSameObjectFields(obj.Fields, ((ObjectValueNode)value2).Fields);
            default:
                return false;
        }
    }

    private static bool AreSameObjectFields(IReadOnlyList<ObjectFieldNode> fields1, IReadOnlyList<ObjectFieldNode> fields2)
    {
        if (fields1.Count != fields2.Count)
        {
            return false;
        }

        // Written in the same order (the usual case) the fields compare in place; otherwise both are put in
        // name order first, stably, as graphql-js sorts them before comparing.
        var sameOrder = true;
        for (var i = 0; i < fields1.Count; i++)
        {
            if (fields1[i].Name.Value != fields2[i].Name.Value)
            {
                sameOrder = false;
                break;
            }
        }

        if (!sameOrder)
        {
            fields1 = SortedByName(fields1);
            fields2 = SortedByName(fields2);
        }

        for (var i = 0; i < fields1.Count; i++)
        {
            if (fields1[i].Name.Value != fields2[i].Name.Value || !AreSameValue(fields1[i].Value, fields2[i].Value))
            {
                return false;
            }
        }

        return true;
    }

    private static ObjectFieldNode[] SortedByName(IReadOnlyList<ObjectFieldNode> fields)
    {
        var sorted = new ObjectFieldNode[fields.Count];
        for (var i = 0; i < sorted.Length; i++)
        {
            sorted[i] = fields[i];
        }

        // Insertion sort is stable, and object values are small.
        for (var i = 1; i < sorted.Length; i++)
        {
            var current = sorted[i];
            var j = i - 1;
            while (j >= 0 && string.CompareOrdinal(sorted[j].Name.Value, current.Name.Value) > 0)
            {
                sorted[j + 1] = sorted[j];
                j--;
            }

            sorted[j + 1] = current;
        }

        return sorted;
    }

    /// <summary>
    /// Unordered pairs of fragment names already compared, each remembering whether the comparison assumed
    /// mutually exclusive parents: a comparison without that assumption covers one with it, not the reverse.
    /// </summary>
    private sealed class FragmentPairSet
    {
        private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
        private readonly Dictionary<long, bool> _pairs = [];

        public bool Contains(string name1, string name2, bool areMutuallyExclusive) =>
            _pairs.TryGetValue(Key(name1, name2), out var storedExclusive) && (areMutuallyExclusive || !storedExclusive);

        /// <summary>Records the pair and returns what to restore should the record be withdrawn.</summary>
        public (long Key, bool Existed, bool Exclusive) Add(string name1, string name2, bool areMutuallyExclusive)
        {
            var key = Key(name1, name2);
            var existed = _pairs.TryGetValue(key, out var previous);
            _pairs[key] = areMutuallyExclusive;
            return (key, existed, previous);
        }

        public void Restore((long Key, bool Existed, bool Exclusive) entry)
        {
            if (entry.Existed)
            {
                _pairs[entry.Key] = entry.Exclusive;
            }
            else
            {
                _pairs.Remove(entry.Key);
            }
        }

        private long Key(string name1, string name2)
        {
            var id1 = Id(name1);
            var id2 = Id(name2);
            return id1 < id2 ? ((long)id1 << 32) | (uint)id2 : ((long)id2 << 32) | (uint)id1;
        }

        private int Id(string name)
        {
            if (!_ids.TryGetValue(name, out var id))
            {
                id = _ids.Count;
                _ids[name] = id;
            }

            return id;
        }
    }
}
