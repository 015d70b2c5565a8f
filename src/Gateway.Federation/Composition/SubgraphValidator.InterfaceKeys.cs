using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.Federation.Composition;

internal sealed partial class SubgraphValidator
{
    /// <summary>
    /// Every <c>@key</c> of an interface is also a key of each of its implementations in the subgraph, resolvable when
    /// the interface's is (federation docs, "Entity interfaces"): the subgraph answers <c>_entities</c> for the
    /// interface by resolving the concrete type, which needs that type's key. Apollo Federation 2.3 added the rule
    /// as INTERFACE_KEY_NOT_ON_IMPLEMENTATION; the messages are Apollo's.
    /// </summary>
    private void CheckInterfaceKeysOnImplementations()
    {
        foreach (var itf in _subgraph.Types)
        {
            if (itf.Kind != TypeKind.Interface || itf.IsInterfaceObject || itf.Keys.Count == 0)
            {
                continue;
            }

            foreach (var key in itf.Keys)
            {
                if (key.Selection is null)
                {
                    // KEY_INVALID_FIELDS reports it.
                    continue;
                }

                var missing = new List<string>();
                var notResolvable = new List<string>();
                foreach (var type in _subgraph.Types)
                {
                    if (type.Kind != TypeKind.Object || !type.Interfaces.Contains(itf.Name))
                    {
                        continue;
                    }

                    var matching = type.Keys.Find(candidate => SameFieldSet(candidate.Selection, key.Selection));
                    if (matching is null)
                    {
                        missing.Add(type.Name);
                    }
                    else if (key.Resolvable != false && matching.Resolvable == false)
                    {
                        notResolvable.Add(type.Name);
                    }
                }

                var written = key.Resolvable is { } resolvable
                    ? $"@key(fields: \"{key.Fields}\", resolvable: {(resolvable ? "true" : "false")})"
                    : $"@key(fields: \"{key.Fields}\")";
                if (missing.Count > 0)
                {
                    Error(
                        CompositionErrorCodes.InterfaceKeyNotOnImplementation,
                        $"Key {written} on interface type \"{itf.Name}\" is missing on implementation {TypeList(missing)}.",
                        $"Add {written} to {TypeList(missing)}: a subgraph resolves an entity interface through its implementations' keys.",
                        [.. missing]);
                }
                else if (notResolvable.Count > 0)
                {
                    Error(
                        CompositionErrorCodes.InterfaceKeyNotOnImplementation,
                        $"Key {written} on interface type \"{itf.Name}\" should be resolvable on all implementation types, but is declared with argument \"@key(resolvable:)\" set to false in {TypeList(notResolvable)}.",
                        $"Make the key resolvable on {TypeList(notResolvable)}, or declare the interface's key with resolvable: false.",
                        [.. notResolvable]);
                }
            }
        }
    }

    /// <summary>
    /// <c>type "A"</c>, <c>types "A" and "B"</c>, <c>types "A", "B" and "C"</c>; past 100 characters of names the rest
    /// is cut to <c>, ...</c>, as Apollo's lists in messages are.
    /// </summary>
    private static string TypeList(List<string> names)
    {
        if (names.Count == 1)
        {
            return $"type \"{names[0]}\"";
        }

        const int Cutoff = 100;
        var shown = 0;
        var length = 0;
        while (shown < names.Count && (length += names[shown].Length + 2) <= Cutoff)
        {
            shown++;
        }

        shown = Math.Max(shown, 1);
        var text = new System.Text.StringBuilder("types ");
        for (var i = 0; i < shown; i++)
        {
            var separator = i == 0 ? "" : i == names.Count - 1 ? " and " : ", ";
            text.Append(separator).Append('"').Append(names[i]).Append('"');
        }

        return shown == names.Count ? text.ToString() : text.Append(", ...").ToString();
    }

    /// <summary>Two field sets select the same fields, in any order (as Apollo compares key field sets).</summary>
    private static bool SameFieldSet(SelectionSetNode? a, SelectionSetNode? b)
    {
        if (a is null || b is null)
        {
            return a is null && b is null;
        }

        if (a.Selections.Count != b.Selections.Count)
        {
            return false;
        }

        foreach (var selection in a.Selections)
        {
            var found = false;
            foreach (var other in b.Selections)
            {
                if (selection is FieldNode field && other is FieldNode otherField
                    ? field.Name.Value == otherField.Name.Value && field.Alias?.Value == otherField.Alias?.Value
                        && SameFieldSet(field.SelectionSet, otherField.SelectionSet)
                    : SyntaxComparer.AreEqual(selection, other))
                {
                    found = true;
                    break;
                }
            }

            if (!found)
            {
                return false;
            }
        }

        return true;
    }
}
