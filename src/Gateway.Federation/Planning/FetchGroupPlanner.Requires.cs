using Gateway.GraphQL.Language;

namespace Gateway.Federation.Planning;

/// <summary>
/// What an entity fetch's representations need before it runs (<c>@requires</c> fields, key fields from another
/// subgraph): planned into the fetches that supply them, which the entity fetch then waits for, without cycles.
/// </summary>
internal sealed partial class FetchGroupPlanner
{
    /// <summary>
    /// Groups whose representations are being planned (<see cref="PlanSupplied"/>). A field they need cannot be
    /// asked of them: a <c>@requires</c> chain that returns to the same subgraph at the same path (B's
    /// <c>byNovice</c> needs B's <c>author</c>) gets a fetch of its own that runs first.
    /// </summary>
    private readonly HashSet<FetchGroup> _awaitingSupply = [];

    /// <summary>The alias of each <c>@requires</c> field with arguments, by its printed name and arguments.</summary>
    private readonly Dictionary<string, string> _requiredAliases = new(StringComparer.Ordinal);

    /// <summary>
    /// True when another fetch waits for <paramref name="group"/> to supply its representations. A jump with
    /// <c>@requires</c> does not join such a fetch: its own suppliers would delay the fetches waiting on it.
    /// </summary>
    private bool Supplies(FetchGroup group)
    {
        foreach (var other in Groups)
        {
            if (other.Dependencies.Contains(group))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when <paramref name="group"/> is, or runs after, a group whose representations are being planned:
    /// what it fetches cannot feed that group without a cycle.
    /// </summary>
    private bool WaitsForAwaitingSupply(FetchGroup group)
    {
        if (_awaitingSupply.Count == 0)
        {
            return false;
        }

        var pending = new Stack<FetchGroup>();
        var seen = new HashSet<FetchGroup>();
        pending.Push(group);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            if (_awaitingSupply.Contains(current))
            {
                return true;
            }

            foreach (var prerequisite in current.Prerequisites)
            {
                if (seen.Add(prerequisite))
                {
                    pending.Push(prerequisite);
                }
            }
        }

        return false;
    }

    /// <summary>
    /// A <c>@requires</c> field set with every field that takes arguments aliased (<c>price(currency: "EUR")</c>
    /// becomes <c>price__required_0: price(currency: "EUR")</c>): the supplying fetch may already ask the same
    /// field with other arguments, for the client or for another <c>@requires</c>, and one response name cannot
    /// hold both (spec 5.3.2 Field Selection Merging). The representation takes the value from the alias and
    /// sends it under the field's name. One alias per field and arguments, so equal requirements share it.
    /// </summary>
    private SelectionSetNode AliasFieldsWithArguments(SelectionSetNode fieldSet)
    {
        var selections = new List<SelectionNode>(fieldSet.Selections.Count);
        var changed = false;
        foreach (var selection in fieldSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    var children = field.SelectionSet is { } inner ? AliasFieldsWithArguments(inner) : null;
                    var alias = field.Alias;
                    if (field.Arguments.Count > 0)
                    {
                        var printed = Printer.Print(new FieldNode(null, field.Name, field.Arguments, [], null));
                        if (!_requiredAliases.TryGetValue(printed, out var name))
                        {
                            name = field.Name.Value + "__required_" + _requiredAliases.Count;
                            _requiredAliases.Add(printed, name);
                        }

                        alias = new NameNode(name);
                    }

                    if (alias != field.Alias || children != field.SelectionSet)
                    {
                        selections.Add(new FieldNode(alias, field.Name, field.Arguments, field.Directives, children));
                        changed = true;
                    }
                    else
                    {
                        selections.Add(field);
                    }

                    break;
                case InlineFragmentNode fragment:
                    var aliased = AliasFieldsWithArguments(fragment.SelectionSet);
                    selections.Add(aliased == fragment.SelectionSet ? fragment : new InlineFragmentNode(fragment.TypeCondition, fragment.Directives, aliased));
                    changed |= aliased != fragment.SelectionSet;
                    break;
                default:
                    selections.Add(selection);
                    break;
            }
        }

        return changed ? new SelectionSetNode(selections) : fieldSet;
    }

    /// <summary>Plans what <paramref name="child"/>'s representations need, making it wait for every fetch that supplies it.</summary>
    private void PlanSupplied(FetchGroup child, Action plan)
    {
        var outer = _touched;
        _touched = [];
        var added = _awaitingSupply.Add(child);
        try
        {
            plan();
        }
        finally
        {
            if (added)
            {
                _awaitingSupply.Remove(child);
            }
        }

        foreach (var supplier in _touched)
        {
            if (supplier != child)
            {
                child.Dependencies.Add(supplier);
            }
        }

        outer?.AddRange(_touched);
        _touched = outer;
    }
}
