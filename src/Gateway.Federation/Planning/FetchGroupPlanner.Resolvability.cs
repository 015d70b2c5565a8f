using Gateway.Federation.Supergraphs;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.Federation.Planning;

/// <summary>Which subgraph can resolve what, from where: the join metadata read as planning questions.</summary>
internal sealed partial class FetchGroupPlanner
{
    /// <summary>
    /// True when <paramref name="subgraph"/> can resolve <c>parentType.fieldName</c>: it defines the field and
    /// neither marks it external nor had it overridden away (join spec <c>external</c>, <c>usedOverridden</c>,
    /// progressive <c>overrideLabel</c>), or the path into this position <c>@provides</c> it.
    /// </summary>
    public bool CanResolve(SubgraphInfo subgraph, string parentType, string fieldName, SelectionSetNode? provided, out FieldInSubgraph? inSubgraph)
    {
        inSubgraph = _supergraph.GetJoinedField(parentType, fieldName)?.In(subgraph.Name);
        if (inSubgraph is null)
        {
            return false;
        }

        if (inSubgraph.IsResolvable && OverrideLabelAllows(inSubgraph))
        {
            return true;
        }

        // @provides: an external field the parent field promises to return is resolvable on that path.
        return FindProvided(provided, parentType, fieldName) is not null;
    }

    /// <summary>
    /// Progressive override (join v0.4): the overriding subgraph has the field only while the label is on, the
    /// subgraph it was taken from only while it is off.
    /// </summary>
    private bool OverrideLabelAllows(FieldInSubgraph field)
    {
        if (field.OverrideLabel is not { } label)
        {
            return true;
        }

        var enabled = _options.EnabledOverrideLabels.Contains(label);
        return field.Override is not null ? enabled : !enabled;
    }

    private static FieldNode? FindProvided(SelectionSetNode? provided, string parentType, string fieldName)
    {
        if (provided is null)
        {
            return null;
        }

        foreach (var selection in provided.Selections)
        {
            switch (selection)
            {
                case FieldNode field when field.Name.Value == fieldName:
                    return field;
                case InlineFragmentNode fragment when fragment.TypeCondition is null || fragment.TypeCondition.Name.Value == parentType:
                    if (FindProvided(fragment.SelectionSet, parentType, fieldName) is { } found)
                    {
                        return found;
                    }

                    break;
            }
        }

        return null;
    }

    /// <summary>True when <paramref name="subgraph"/> can resolve every field of a key (or field set) there.</summary>
    private bool CanProvide(SubgraphInfo subgraph, string parentType, SelectionSetNode fieldSet, SelectionSetNode? provided)
    {
        foreach (var selection in fieldSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    if (field.Name.Value == "__typename")
                    {
                        continue;
                    }

                    if (!CanResolve(subgraph, parentType, field.Name.Value, provided, out var inSubgraph))
                    {
                        return false;
                    }

                    if (field.SelectionSet is { } children)
                    {
                        var fieldType = (_schema.GetType(parentType) as ComplexType)?.GetField(field.Name.Value)?.Type.Named.Name;
                        var childProvided = FindProvided(provided, parentType, field.Name.Value)?.SelectionSet ?? inSubgraph?.Provides;
                        if (fieldType is null || !CanProvide(subgraph, fieldType, children, childProvided))
                        {
                            return false;
                        }
                    }

                    break;
                case InlineFragmentNode fragment:
                    if (!CanProvide(subgraph, fragment.TypeCondition?.Name.Value ?? parentType, fragment.SelectionSet, provided))
                    {
                        return false;
                    }

                    break;
            }
        }

        return true;
    }

    /// <summary>
    /// The subgraph to jump to for a field the current subgraph cannot resolve, and the key to jump by: a
    /// subgraph that resolves the field and defines the type with a resolvable key whose fields the current
    /// subgraph can supply (<c>resolvable: false</c> keys only reference an entity and are never targets).
    /// A subgraph already fetched at this path is preferred, so sibling fields share its fetch.
    /// </summary>
    private EntityJump? ChooseJump(FetchGroup group, string parentType, string fieldName, IReadOnlyList<string> path, PlanConditions conditions, SelectionSetNode? provided)
    {
        var jump = ChooseJump(group, parentType, parentType, fieldName, path, conditions, provided);
        if (jump is not null || _schema.GetType(parentType) is not ObjectType objectType)
        {
            return jump;
        }

        // An object type's field may live only in a subgraph that knows the type as one of its interfaces
        // (join v0.3 isInterfaceObject: the implementations carry a bare @join__field). The jump sends the
        // object's key with __typename rewritten to the interface and asks the field on the interface.
        foreach (var implemented in objectType.Interfaces)
        {
            if (implemented.GetField(fieldName) is not null
                && ChooseJump(group, parentType, implemented.Name, fieldName, path, conditions, provided) is { } viaInterface
                && _supergraph.GetJoinedType(implemented.Name)?.In(viaInterface.Subgraph.Name) is { IsInterfaceObject: true })
            {
                return viaInterface;
            }
        }

        return null;
    }

    private EntityJump? ChooseJump(FetchGroup group, string parentType, string entityType, string fieldName, IReadOnlyList<string> path, PlanConditions conditions, SelectionSetNode? provided)
    {
        if (_supergraph.GetJoinedType(entityType) is not { } joinedType)
        {
            return null;
        }

        EntityJump? first = null;
        var pathKey = string.Join('.', path);
        foreach (var candidate in joinedType.Subgraphs)
        {
            _budget.Step();
            if (candidate.Subgraph == group.Subgraph || !CanResolve(candidate.Subgraph, entityType, fieldName, null, out _))
            {
                continue;
            }

            var key = candidate.Keys.FirstOrDefault(key => key.Resolvable && CanProvide(group.Subgraph, parentType, key.Fields, provided));
            if (key is null)
            {
                continue;
            }

            var shared = group.Children.Any(child =>
                child.Subgraph == candidate.Subgraph && string.Join('.', child.MergePath) == pathKey && child.Conditions.Key == conditions.Key
                && !WaitsForAwaitingSupply(child));
            if (shared)
            {
                return new EntityJump(candidate.Subgraph, key, entityType);
            }

            first ??= new EntityJump(candidate.Subgraph, key, entityType);
        }

        return first ?? ChooseTwoHopJump(group, parentType, entityType, fieldName, path, conditions, provided);
    }

    /// <summary>
    /// A jump whose key the current subgraph cannot supply itself, but whose every key field it can get by a
    /// direct jump to another subgraph first (reviews knows Product by <c>upc</c>, inventory by
    /// <c>sku variation { id }</c>: products turns one into the other). The key fields are planned like
    /// <c>@requires</c> fields, and the fetch waits for the fetches that supply them.
    /// </summary>
    private EntityJump? ChooseTwoHopJump(FetchGroup group, string parentType, string entityType, string fieldName, IReadOnlyList<string> path, PlanConditions conditions, SelectionSetNode? provided)
    {
        if (entityType != parentType || _supergraph.GetJoinedType(entityType) is not { } joinedType)
        {
            return null;
        }

        foreach (var candidate in joinedType.Subgraphs)
        {
            _budget.Step();
            if (candidate.Subgraph == group.Subgraph || !CanResolve(candidate.Subgraph, entityType, fieldName, null, out _))
            {
                continue;
            }

            var key = candidate.Keys.FirstOrDefault(key => key.Resolvable && key.Fields.Selections.All(selection =>
                selection is FieldNode field
                && (field.Name.Value == "__typename"
                    || CanResolve(group.Subgraph, parentType, field.Name.Value, provided, out _)
                    || DirectJump(group, parentType, field.Name.Value, path, conditions, provided) is { } hop && hop.Subgraph != candidate.Subgraph
                    || (field.Name.Value != fieldName
                        && JumpThroughEnclosingField(group, parentType, field.Name.Value) is { } viaParent && viaParent.Jump.Subgraph != candidate.Subgraph))));
            if (key is not null)
            {
                return new EntityJump(candidate.Subgraph, key, entityType);
            }
        }

        return null;
    }

    /// <summary>
    /// For a field <paramref name="group"/> cannot resolve and no entity jump from its own type reaches: a
    /// subgraph that resolves both the enclosing field and this field, the key of the enclosing field's parent
    /// entity it is reached by, and the position to jump from (the enclosing fetch, or, when that cannot return
    /// the key, the fetch that supplied its representations). Null when there is none.
    /// </summary>
    private (EntityPosition From, EntityJump Jump)? JumpThroughEnclosingField(FetchGroup group, string parentType, string fieldName)
    {
        if (_enclosing is not { } enclosing || enclosing.At.Group != group
            || _supergraph.GetJoinedType(enclosing.ParentType) is not { } entityType)
        {
            return null;
        }

        var enclosingName = enclosing.Field.Name.Value;
        foreach (var candidate in entityType.Subgraphs)
        {
            _budget.Step();
            if (candidate.Subgraph == group.Subgraph
                || !CanResolve(candidate.Subgraph, enclosing.ParentType, enclosingName, null, out _)
                || !CanResolve(candidate.Subgraph, parentType, fieldName, null, out _))
            {
                continue;
            }

            foreach (var from in (ReadOnlySpan<EntityPosition?>)[enclosing.At, enclosing.EnteredFrom])
            {
                if (from is not null
                    && candidate.Keys.FirstOrDefault(key => key.Resolvable && CanProvide(from.Group.Subgraph, enclosing.ParentType, key.Fields, from.Provided)) is { } key)
                {
                    return (from, new EntityJump(candidate.Subgraph, key, enclosing.ParentType));
                }
            }
        }

        return null;
    }

    /// <summary>A jump by a key the current subgraph supplies itself (no further hops).</summary>
    private EntityJump? DirectJump(FetchGroup group, string parentType, string fieldName, IReadOnlyList<string> path, PlanConditions conditions, SelectionSetNode? provided)
    {
        if (_supergraph.GetJoinedType(parentType) is not { } joinedType)
        {
            return null;
        }

        foreach (var candidate in joinedType.Subgraphs)
        {
            _budget.Step();
            if (candidate.Subgraph != group.Subgraph
                && CanResolve(candidate.Subgraph, parentType, fieldName, null, out _)
                && candidate.Keys.FirstOrDefault(key => key.Resolvable && CanProvide(group.Subgraph, parentType, key.Fields, provided)) is { } key)
            {
                return new EntityJump(candidate.Subgraph, key, parentType);
            }
        }

        return null;
    }

    /// <summary>
    /// The subgraphs that could serve <c>parentType.fieldName</c> here: <paramref name="current"/>, and every
    /// other that resolves the field and is reachable at this position: a root field it shares, an alternative
    /// for the enclosing field, or an entity key the current subgraph supplies. A field the path
    /// <c>@provides</c> has only the current subgraph.
    /// </summary>
    private List<SubgraphInfo> AlternativesFor(SubgraphInfo current, string parentType, string fieldName, SelectionSetNode? provided)
    {
        var result = new List<SubgraphInfo> { current };
        if (FindProvided(provided, parentType, fieldName) is not null
            || _supergraph.GetJoinedField(parentType, fieldName) is not { } joinedField
            || _supergraph.GetJoinedType(parentType) is not { } joinedType)
        {
            return result;
        }

        var isQuery = _schema.QueryType?.Name == parentType;
        foreach (var candidate in joinedField.Subgraphs)
        {
            _budget.Step();
            if (candidate.Subgraph == current || !CanResolve(candidate.Subgraph, parentType, fieldName, null, out _))
            {
                continue;
            }

            var reachable = isQuery
                || (_alternatives is not null && _alternatives.Contains(candidate.Subgraph))
                || (joinedType.In(candidate.Subgraph.Name)?.Keys.Any(key => key.Resolvable && CanProvide(current, parentType, key.Fields, provided)) ?? false);
            if (reachable)
            {
                result.Add(candidate.Subgraph);
            }
        }

        return result;
    }

    /// <summary>
    /// The object types every one of <paramref name="subgraphs"/> can return for the abstract type; null when
    /// none restricts them. An <c>@interfaceObject</c> subgraph knows no implementations but stands for all of
    /// them (the concrete type comes from another subgraph), so it restricts nothing.
    /// </summary>
    private HashSet<string>? RuntimeTypesIn(List<SubgraphInfo> subgraphs, NamedType abstractType)
    {
        var joined = _supergraph.GetJoinedType(abstractType.Name);
        HashSet<string>? result = null;
        foreach (var subgraph in subgraphs)
        {
            if (joined?.In(subgraph.Name) is { IsInterfaceObject: true })
            {
                continue;
            }

            var possible = PossibleTypesIn(subgraph, abstractType);
            if (result is null)
            {
                result = new HashSet<string>(possible, StringComparer.Ordinal);
            }
            else
            {
                result.IntersectWith(possible);
            }
        }

        return result;
    }

    /// <summary>
    /// The object types the subgraph can return under <paramref name="parent"/> that belong to
    /// <paramref name="condition"/> in the supergraph, when one of them does not in the subgraph (where a
    /// fragment on the condition would skip it); null when the subgraph's own schema matches them all.
    /// </summary>
    private List<string>? ObjectTypesOutsideCondition(SubgraphInfo subgraph, NamedType parent, NamedType condition)
    {
        var inSubgraph = _supergraph.GetJoinedType(condition.Name)?.In(subgraph.Name) is { IsInterfaceObject: false }
            ? PossibleTypesIn(subgraph, condition)
            : [];
        var result = new List<string>();
        var outside = false;
        foreach (var possibleType in PossibleTypesIn(subgraph, parent))
        {
            if (_runtimeTypes is not null && !_runtimeTypes.Contains(possibleType)
                || !_schema.GetPossibleTypes(condition).Any(type => type.Name == possibleType))
            {
                continue;
            }

            result.Add(possibleType);
            outside |= !inSubgraph.Contains(possibleType);
        }

        return outside ? result : null;
    }

    /// <summary>
    /// True when an implementation <paramref name="subgraph"/> can return for the interface cannot resolve
    /// the field there (its own <c>@join__field</c> is external or overridden), although the interface's can.
    /// Never for an <c>@interfaceObject</c>, which knows no implementations.
    /// </summary>
    private bool ImplementationsThatCannotResolve(SubgraphInfo subgraph, InterfaceType interfaceType, string fieldName, SelectionSetNode? provided)
    {
        if (_supergraph.GetJoinedType(interfaceType.Name)?.In(subgraph.Name) is not { IsInterfaceObject: false })
        {
            return false;
        }

        foreach (var possibleType in PossibleTypesIn(subgraph, interfaceType))
        {
            if (!CanResolve(subgraph, possibleType, fieldName, provided, out _))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The object types <paramref name="subgraph"/> can return for an abstract type: union members it lists
    /// (<c>@join__unionMember</c>) or implementations it declares (<c>@join__implements</c>); for supergraphs
    /// without those directives, every possible type the subgraph defines.
    /// </summary>
    private List<string> PossibleTypesIn(SubgraphInfo subgraph, NamedType abstractType)
    {
        var result = new List<string>();
        if (abstractType is ObjectType)
        {
            result.Add(abstractType.Name);
            return result;
        }

        var unionMembers = abstractType is UnionType ? _supergraph.GetJoinedType(abstractType.Name)?.UnionMembers : null;
        foreach (var possible in _schema.GetPossibleTypes(abstractType))
        {
            var joined = _supergraph.GetJoinedType(possible.Name);
            if (joined?.In(subgraph.Name) is null)
            {
                continue;
            }

            var listed = abstractType is UnionType
                ? unionMembers is not { Count: > 0 } || unionMembers.Any(member => member.Subgraph == subgraph && member.Name == possible.Name)
                : joined.Implements.Count == 0 || joined.Implements.Any(member => member.Subgraph == subgraph && member.Name == abstractType.Name);
            if (listed)
            {
                result.Add(possible.Name);
            }
        }

        return result;
    }

    private IEnumerable<string> ResolvingSubgraphs(string parentType, string fieldName) =>
        _supergraph.GetJoinedField(parentType, fieldName)?.Subgraphs
            .Where(field => field.IsResolvable && OverrideLabelAllows(field))
            .Select(field => field.Subgraph.DisplayName) ?? [];

    /// <summary>The subgraphs that can resolve a root field, in supergraph order.</summary>
    public List<SubgraphInfo> RootCandidates(string rootType, string fieldName) =>
        _supergraph.GetJoinedField(rootType, fieldName)?.Subgraphs
            .Where(field => field.IsResolvable && OverrideLabelAllows(field))
            .Select(field => field.Subgraph)
            .ToList() ?? [];
}
