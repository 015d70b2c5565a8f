using Gateway.Federation.Supergraphs;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.Federation.Planning;

/// <summary>
/// Plans one operation's selections into <see cref="FetchGroup"/>s: walks the client's selections from a
/// root group, keeps each field in the current subgraph when that subgraph can resolve it (itself, or through
/// <c>@provides</c> on the path), and otherwise jumps through <c>_entities</c> to a subgraph that can, by a key
/// the current subgraph can supply (Federation spec, "Query planning": entity jumps; join spec
/// <c>@join__type(key:, resolvable:)</c>, <c>@join__field(requires:, provides:, external:, override:)</c>).
/// </summary>
internal sealed partial class FetchGroupPlanner
{
    private readonly Supergraph _supergraph;
    private readonly Schema _schema;
    private readonly QueryPlannerOptions _options;
    private readonly IReadOnlyDictionary<string, FragmentDefinitionNode> _fragments;
    private readonly PlanningBudget _budget;
    private List<FetchGroup>? _touched;

    /// <summary>
    /// The subgraphs that could equally serve the field being planned: the current one, and each that resolves
    /// it and is reachable at this position (an entity key the current subgraph supplies, a shared root field, or
    /// an alternative for the enclosing field already). Null at the root of a fetch.
    /// </summary>
    private List<SubgraphInfo>? _alternatives;

    /// <summary>
    /// The object types the abstract field being planned can return whichever of <see cref="_alternatives"/>
    /// serves it: the intersection of their members or implementations (Apollo's planner keeps a type condition
    /// only when every path to the position can return the type). Null when nothing restricts them.
    /// </summary>
    private HashSet<string>? _runtimeTypes;

    /// <summary>The field whose selections are being planned; null at the root of a fetch.</summary>
    private EnclosingField? _enclosing;

    /// <summary>While a jump plans its field at the entity: where the entity sits in the jumping fetch.</summary>
    private (EntityPosition From, SelectionTree EntityTarget)? _enteredFrom;

    public FetchGroupPlanner(Supergraph supergraph, QueryPlannerOptions options, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments, PlanningBudget budget)
    {
        _supergraph = supergraph;
        _schema = supergraph.SupergraphSchema;
        _options = options;
        _fragments = fragments;
        _budget = budget;
    }

    public List<FetchGroup> Groups { get; } = [];

    public FetchGroup NewRootGroup(SubgraphInfo subgraph)
    {
        var group = new FetchGroup(Groups.Count, subgraph, null, [], PlanConditions.None);
        Groups.Add(group);
        return group;
    }

    public void PlanSelections(
        FetchGroup group,
        SelectionTree target,
        string parentType,
        IReadOnlyList<SelectionNode> selections,
        IReadOnlyList<string> path,
        PlanConditions conditions,
        SelectionSetNode? provided)
    {
        foreach (var selection in selections)
        {
            _budget.Step();
            if (!StaticConditions.Evaluate(selection.Directives, out var kept, out var variableConditions))
            {
                continue;
            }

            switch (selection)
            {
                case FieldNode field:
                    PlanField(group, target, parentType, field, kept, variableConditions, path, conditions, provided);
                    break;
                case InlineFragmentNode fragment:
                    PlanFragment(group, target, parentType, fragment.TypeCondition?.Name.Value, fragment.SelectionSet, kept, variableConditions, path, conditions, provided);
                    break;
                case FragmentSpreadNode spread:
                    // Fragments are inlined: subgraph operations carry the client's named fragments as inline
                    // fragments, each fetch holding only the part its subgraph resolves.
                    var definition = _fragments.GetValueOrDefault(spread.Name.Value)
                        ?? throw new QueryPlanningException($"The operation spreads fragment \"{spread.Name.Value}\", which it does not define.");
                    PlanFragment(group, target, parentType, definition.TypeCondition.Name.Value, definition.SelectionSet, kept, variableConditions, path, conditions, provided);
                    break;
            }
        }
    }

    public void PlanField(
        FetchGroup group,
        SelectionTree target,
        string parentType,
        FieldNode field,
        IReadOnlyList<DirectiveNode> directives,
        IReadOnlyList<(string Variable, bool Include)> variableConditions,
        IReadOnlyList<string> path,
        PlanConditions conditions,
        SelectionSetNode? provided)
    {
        var name = field.Name.Value;
        if (name == "__typename")
        {
            // Every subgraph answers __typename itself (spec 4.4 Type Name Introspection), except an
            // @interfaceObject subgraph, which only knows the interface: the concrete type comes from a
            // subgraph that has the interface itself.
            if (!JumpFromInterfaceObject(group, target, parentType, path, conditions.With(variableConditions), provided, (child, entity) =>
                    PlanField(child, entity, parentType, field, WithoutConditions(directives, variableConditions), [], path, PlanConditions.None, null)))
            {
                target.Field(field, directives);
            }

            return;
        }

        var definition = (_schema.GetType(parentType) as ComplexType)?.GetField(name)
            ?? throw new QueryPlanningException($"Type {parentType} has no field \"{name}\": plan only operations validated against the API schema.");

        if (CanResolve(group.Subgraph, parentType, name, provided, out var inSubgraph)
            && inSubgraph?.Requires is { } ownRequires && !group.HasRequires && FindProvided(provided, parentType, name) is null
            && !CanProvide(group.Subgraph, parentType, ownRequires, provided)
            && _supergraph.GetJoinedType(parentType)?.In(group.Subgraph.Name)?.Keys
                .FirstOrDefault(key => key.Resolvable && CanProvide(group.Subgraph, parentType, key.Fields, provided)) is { } ownKey)
        {
            // @requires with fields this subgraph does not have here (external): the field is asked of the same
            // subgraph again through _entities, once other subgraphs supplied the required fields (a fetch that
            // already carries required fields in its representations resolves it).
            Jump(group, target, parentType, field, directives, variableConditions, path, conditions, provided, new EntityJump(group.Subgraph, ownKey, parentType));
            return;
        }

        if (CanResolve(group.Subgraph, parentType, name, provided, out inSubgraph)
            && _schema.GetType(parentType) is InterfaceType implemented
            && ImplementationsThatCannotResolve(group.Subgraph, implemented, name, provided))
        {
            // The interface's field is in this subgraph, but an implementation's is not (overridden away, or
            // external): the interface field is only as resolvable as each of its implementations, so each is
            // asked for on its own, and those that cannot resolve it here jump.
            PlanPerImplementation(group, target, implemented, field, directives, variableConditions, path, conditions, provided);
            return;
        }

        if (CanResolve(group.Subgraph, parentType, name, provided, out inSubgraph))
        {
            var entry = target.Field(field, directives);
            entry.SubgraphType ??= ResponseShape(inSubgraph?.Type ?? definition.Type.ToString());
            if (field.SelectionSet is { } selectionSet)
            {
                var childType = SubgraphChildType(definition.Type.Named, inSubgraph);
                var childProvided = FindProvided(provided, parentType, name)?.SelectionSet ?? inSubgraph?.Provides;

                // Apollo asks for __typename under every abstract type, so the gateway can tell the runtime type
                // (and pick entity jumps per type) without another round trip.
                if (childType is InterfaceType or UnionType)
                {
                    entry.Children.Typename();
                }

                var outerAlternatives = _alternatives;
                var outerRuntimeTypes = _runtimeTypes;
                var outerEnclosing = _enclosing;
                var enteredFrom = _enteredFrom is { } jumpedTo && jumpedTo.EntityTarget == target ? jumpedTo.From : null;
                _enclosing = new EnclosingField(new EntityPosition(group, target, provided), parentType, field, path, enteredFrom);
                _alternatives = AlternativesFor(group.Subgraph, parentType, name, provided);
                _runtimeTypes = childType is InterfaceType or UnionType ? RuntimeTypesIn(_alternatives, childType) : null;
                try
                {
                    PlanSelections(
                        group,
                        entry.Children,
                        childType.Name,
                        selectionSet.Selections,
                        ResponsePath(path, field.ResponseName, definition.Type),
                        conditions.With(variableConditions),
                        childProvided);
                }
                finally
                {
                    _alternatives = outerAlternatives;
                    _runtimeTypes = outerRuntimeTypes;
                    _enclosing = outerEnclosing;
                }

                if (entry.Children.IsEmpty)
                {
                    entry.Children.Typename();
                }
            }

            return;
        }

        var jump = ChooseJump(group, parentType, name, path, conditions.With(variableConditions), provided);
        if (jump is null && _schema.GetType(parentType) is InterfaceType interfaceType)
        {
            // The subgraph cannot resolve the field on the interface and no subgraph takes the interface as an
            // entity: ask per implementation the subgraph returns, each of which may jump on its own.
            if (PlanPerImplementation(group, target, interfaceType, field, directives, variableConditions, path, conditions, provided))
            {
                return;
            }
        }

        if (jump is not { } chosen)
        {
            if (JumpThroughEnclosingField(group, parentType, name) is { } viaParent)
            {
                PlanThroughEnclosingField(parentType, field, conditions, viaParent);
                return;
            }

            throw new QueryPlanningException(
                $"Cannot plan field {parentType}.{name} (at \"{string.Join('.', path)}\"): subgraph \"{group.Subgraph.DisplayName}\" cannot resolve it, " +
                $"and no subgraph that can ({string.Join(", ", ResolvingSubgraphs(parentType, name))}) has a resolvable key for {parentType} whose fields \"{group.Subgraph.DisplayName}\" can provide.");
        }

        Jump(group, target, parentType, field, directives, variableConditions, path, conditions, provided, chosen);
    }

    /// <summary>
    /// Plans an interface's field as a fragment per implementation the subgraph can return, so each can be
    /// resolved, or jump, on its own. False when the subgraph returns no implementation.
    /// </summary>
    private bool PlanPerImplementation(
        FetchGroup group,
        SelectionTree target,
        InterfaceType interfaceType,
        FieldNode field,
        IReadOnlyList<DirectiveNode> directives,
        IReadOnlyList<(string Variable, bool Include)> variableConditions,
        IReadOnlyList<string> path,
        PlanConditions conditions,
        SelectionSetNode? provided)
    {
        var possible = PossibleTypesIn(group.Subgraph, interfaceType);
        foreach (var possibleType in possible)
        {
            var fragment = target.Fragment(possibleType, []);
            fragment.Children.Typename();
            PlanField(group, fragment.Children, possibleType, field, directives, variableConditions, path, conditions, provided);
        }

        return possible.Count > 0;
    }

    private void Jump(
        FetchGroup group,
        SelectionTree target,
        string parentType,
        FieldNode field,
        IReadOnlyList<DirectiveNode> directives,
        IReadOnlyList<(string Variable, bool Include)> variableConditions,
        IReadOnlyList<string> path,
        PlanConditions conditions,
        SelectionSetNode? provided,
        EntityJump jump)
    {
        var (targetSubgraph, key, entityType) = jump;
        var requires = _supergraph.GetJoinedField(entityType, field.Name.Value)?.In(targetSubgraph.Name)?.Requires is { } declared
            ? AliasFieldsWithArguments(declared)
            : null;
        var child = ChildGroup(group, targetSubgraph, path, conditions.With(variableConditions), requires is null ? null : (parentType, requires));

        // Federation spec, "_entities": a representation is __typename plus the key's fields (and the
        // @requires fields), gathered by the parent fetch at the same position.
        var representation = child.Requires.Fragment(parentType, []);
        representation.Children.Typename();
        representation.Children.Add(key.Fields);
        if (_supergraph.GetJoinedType(entityType)?.In(targetSubgraph.Name) is { IsInterfaceObject: true })
        {
            child.InterfaceObjectTypes[parentType] = entityType;
        }

        target.BeginKeyFields();
        target.Typename();
        target.EndKeyFields();
        if (CanProvide(group.Subgraph, parentType, key.Fields, provided))
        {
            PlanKeyFields(group, target, parentType, key.Fields, path, conditions, provided);
        }
        else
        {
            // A two-hop jump: the key fields come from another subgraph first, like @requires fields.
            PlanSupplied(child, () => PlanKeyFields(group, target, parentType, key.Fields, path, conditions, provided));
        }

        if (requires is not null)
        {
            // @requires: the required fields are fetched where the entity comes from (or by further jumps
            // from there) and travel in the representation; the fetch waits for every group that supplies them.
            PlanSupplied(child, () => PlanSelections(group, target, parentType, requires.Selections, path, conditions, provided));
            representation.Children.Add(requires);
            child.HasRequires = true;
        }

        var entity = child.Selections.Fragment(entityType, []);
        var outerEnteredFrom = _enteredFrom;
        _enteredFrom = entityType == parentType ? (new EntityPosition(group, target, provided), entity.Children) : null;
        try
        {
            PlanField(child, entity.Children, entityType, field, WithoutConditions(directives, variableConditions), [], path, PlanConditions.None, null);
        }
        finally
        {
            _enteredFrom = outerEnteredFrom;
        }
    }

    /// <summary>
    /// Plans a field no subgraph reachable from its own type resolves by asking the enclosing field again,
    /// with only this field under it, of a subgraph that resolves both (<see cref="EnclosingField"/>).
    /// </summary>
    private void PlanThroughEnclosingField(string parentType, FieldNode field, PlanConditions conditions, (EntityPosition From, EntityJump Jump) viaParent)
    {
        var enclosing = _enclosing!;
        var enclosedType = (_schema.GetType(enclosing.ParentType) as ComplexType)?.GetField(enclosing.Field.Name.Value)?.Type.Named.Name;
        SelectionNode inner = enclosedType == parentType
            ? field
            : new InlineFragmentNode(new NamedTypeNode(new NameNode(parentType)), [], new SelectionSetNode([field]));
        var again = new FieldNode(enclosing.Field.Alias, enclosing.Field.Name, enclosing.Field.Arguments, [], new SelectionSetNode([inner]));

        // Conditions inside an entity fetch are relative to it: jumping from the fetch that supplied its
        // representations, the entity fetch's own conditions apply as well.
        var from = viaParent.From;
        var jumpConditions = from == enclosing.At ? conditions : from.Group.Conditions.With(enclosing.At.Group.Conditions.Items).With(conditions.Items);
        var outerEnclosing = _enclosing;
        _enclosing = null;
        try
        {
            Jump(from.Group, from.Target, enclosing.ParentType, again, [], [], enclosing.Path, jumpConditions, from.Provided, viaParent.Jump);
        }
        finally
        {
            _enclosing = outerEnclosing;
        }
    }

    /// <summary>The condition moves to the plan (a ConditionNode around the fetch); a selection keeps its other directives.</summary>
    private static IReadOnlyList<DirectiveNode> WithoutConditions(IReadOnlyList<DirectiveNode> directives, IReadOnlyList<(string Variable, bool Include)> variableConditions) =>
        variableConditions.Count == 0
            ? directives
            : directives.Where(directive => directive.Name.Value is not ("skip" or "include")).ToList();

    /// <summary>
    /// When <paramref name="parentType"/> is an interface that <paramref name="group"/>'s subgraph holds as an
    /// <c>@interfaceObject</c> (Federation 2.3), that subgraph answers <c>__typename</c> with the interface's
    /// name and knows none of its implementations. What needs the concrete type (<c>__typename</c>, fragments
    /// on implementations) is asked, through <c>_entities</c> on the interface, of a subgraph that defines the
    /// interface with a resolvable key (an entity interface); its <c>__typename</c> replaces the interface's
    /// name when the results merge. False when no jump is needed.
    /// </summary>
    private bool JumpFromInterfaceObject(FetchGroup group, SelectionTree target, string parentType, IReadOnlyList<string> path, PlanConditions conditions, SelectionSetNode? provided, Action<FetchGroup, SelectionTree> plan)
    {
        if (_schema.GetType(parentType) is not InterfaceType
            || _supergraph.GetJoinedType(parentType) is not { } joined
            || joined.In(group.Subgraph.Name) is not { IsInterfaceObject: true })
        {
            return false;
        }

        foreach (var candidate in joined.Subgraphs)
        {
            _budget.Step();
            if (candidate.Subgraph == group.Subgraph || candidate.IsInterfaceObject)
            {
                continue;
            }

            var key = candidate.Keys.FirstOrDefault(key => key.Resolvable && CanProvide(group.Subgraph, parentType, key.Fields, provided));
            if (key is null)
            {
                continue;
            }

            var child = ChildGroup(group, candidate.Subgraph, path, conditions);
            var representation = child.Requires.Fragment(parentType, []);
            representation.Children.Typename();
            representation.Children.Add(key.Fields);
            target.BeginKeyFields();
            target.Typename();
            target.EndKeyFields();
            PlanKeyFields(group, target, parentType, key.Fields, path, conditions, provided);
            var entity = child.Selections.Fragment(parentType, []);
            entity.Children.Typename();
            plan(child, entity.Children);
            return true;
        }

        return false;
    }

    private void PlanKeyFields(FetchGroup group, SelectionTree target, string parentType, SelectionSetNode key, IReadOnlyList<string> path, PlanConditions conditions, SelectionSetNode? provided)
    {
        target.BeginKeyFields();
        try
        {
            PlanSelections(group, target, parentType, key.Selections, path, conditions, provided);
        }
        finally
        {
            target.EndKeyFields();
        }
    }

    /// <param name="requires">
    /// The <c>@requires</c> fields the jump adds to the representations (and the type they are on): a fetch whose
    /// representations already carry one of those fields with other arguments cannot take them as well.
    /// </param>
    private FetchGroup ChildGroup(FetchGroup parent, SubgraphInfo subgraph, IReadOnlyList<string> path, PlanConditions conditions, (string Type, SelectionSetNode Fields)? requires = null)
    {
        // Sibling jumps to the same subgraph at the same path (under the same conditions) share one fetch.
        var pathKey = string.Join('.', path);
        FetchGroup? group = null;
        foreach (var child in parent.Children)
        {
            if (child.Subgraph != subgraph || string.Join('.', child.MergePath) != pathKey || child.Conditions.Key != conditions.Key
                || WaitsForAwaitingSupply(child)
                || (requires is { } required && (child.Requires.HasArgumentConflict(required.Type, required.Fields) || Supplies(child))))
            {
                continue;
            }

            // A fetch without @requires runs as soon as its parent has: while feeding another fetch's
            // representations, joining it rather than one that waits for suppliers keeps the chain short.
            group ??= child;
            if (_awaitingSupply.Count > 0 && group.HasRequires && !child.HasRequires)
            {
                group = child;
            }
        }

        if (group is null)
        {
            group = new FetchGroup(Groups.Count, subgraph, parent, path, conditions);
            Groups.Add(group);
            parent.Children.Add(group);
        }

        _touched?.Add(group);
        return group;
    }

    private void PlanFragment(
        FetchGroup group,
        SelectionTree target,
        string parentType,
        string? typeCondition,
        SelectionSetNode selectionSet,
        IReadOnlyList<DirectiveNode> directives,
        IReadOnlyList<(string Variable, bool Include)> variableConditions,
        IReadOnlyList<string> path,
        PlanConditions conditions,
        SelectionSetNode? provided)
    {
        var innerConditions = conditions.With(variableConditions);
        var parent = _schema.GetType(parentType);

        // A fragment on another object type, or on an abstract type the current object type does not belong
        // to, cannot match here (spec 5.5.2.3 Fragment Spread Is Possible): in the subgraph's schema it would not
        // even validate, so it is left out of this fetch.
        if (parent is ObjectType && typeCondition is not null && typeCondition != parentType
            && !(_schema.GetType(typeCondition) is { } condition && condition is not ObjectType
                && _schema.GetPossibleTypes(condition).Any(type => type.Name == parentType)))
        {
            return;
        }

        // A fragment on the current type, or on an abstract type the current object type belongs to, adds
        // nothing the subgraph needs to know: its fields are the object's fields.
        if (typeCondition is null || typeCondition == parentType || parent is ObjectType)
        {
            var into = directives.Count == 0 ? target : target.Fragment(null, directives).Children;
            PlanSelections(group, into, parentType, selectionSet.Selections, path, innerConditions, provided);
            if (into.IsEmpty)
            {
                into.Typename();
            }

            return;
        }

        if (typeCondition != parentType && JumpFromInterfaceObject(group, target, parentType, path, innerConditions, provided, (child, entity) =>
                PlanFragment(child, entity, parentType, typeCondition, selectionSet, WithoutConditions(directives, variableConditions), [], path, PlanConditions.None, null)))
        {
            return;
        }

        // A subgraph never returns an object type it does not list as a member or implementation of the
        // abstract type; asking for it there would not even validate, so that part is left out of this fetch.
        if (_schema.GetType(typeCondition) is ObjectType && parent is not null && !PossibleTypesIn(group.Subgraph, parent).Contains(typeCondition))
        {
            return;
        }

        if (parent is not null && _schema.GetType(typeCondition) is (InterfaceType or UnionType) and var abstractCondition
            && ObjectTypesOutsideCondition(group.Subgraph, parent, abstractCondition) is { } expanded)
        {
            // The subgraph returns, under the parent type, objects that belong to the condition in the supergraph
            // but not in the subgraph (an implementation declared elsewhere): the subgraph would not match them
            // against the abstract condition, so it is asked once per object type instead.
            foreach (var objectType in expanded)
            {
                PlanFragment(group, target, parentType, objectType, selectionSet, directives, variableConditions, path, conditions, provided);
            }

            return;
        }

        if (_supergraph.GetJoinedType(typeCondition)?.In(group.Subgraph.Name) is null)
        {
            return;
        }

        if (_runtimeTypes is not null && _schema.GetType(typeCondition) is ObjectType && !_runtimeTypes.Contains(typeCondition))
        {
            return;
        }

        var fragment = target.Fragment(typeCondition, directives);
        PlanSelections(group, fragment.Children, typeCondition, selectionSet.Selections, path, innerConditions, provided);
        if (fragment.Children.IsEmpty)
        {
            fragment.Children.Typename();
        }
    }

    /// <summary>
    /// The type a field's selections are planned against in the subgraph. A subgraph may declare a field with
    /// a narrower type than the supergraph (join <c>@join__field(type:)</c>, e.g. <c>Book</c> where the
    /// supergraph has the union <c>Media</c>): fragments on other members cannot occur there, and asking for
    /// them would not validate against the subgraph's schema.
    /// </summary>
    private NamedType SubgraphChildType(NamedType supergraphType, FieldInSubgraph? inSubgraph)
    {
        if (inSubgraph?.Type is not { } declared)
        {
            return supergraphType;
        }

        var named = declared.Trim('[', ']', '!', ' ');
        var bracket = named.IndexOfAny(['!', ']']);
        if (bracket >= 0)
        {
            named = named[..bracket];
        }

        return named != supergraphType.Name && _schema.GetType(named) is ObjectType narrowed ? narrowed : supergraphType;
    }

    /// <summary>
    /// What FieldsInSetCanMerge compares (spec 5.3.2, SameResponseShape): the list and non-null wrappers, and
    /// the named type only for leaves. Two composite fields of different types (<c>Product</c> on the
    /// interface, <c>Book</c> on the object) merge; <c>ID!</c> and <c>ID</c> do not.
    /// </summary>
    private string ResponseShape(string type)
    {
        var start = type.LastIndexOf('[') + 1;
        var end = type.IndexOfAny(['!', ']'], start);
        end = end < 0 ? type.Length : end;
        return _schema.GetType(type[start..end]) is ComplexType or UnionType ? type[..start] + "*" + type[end..] : type;
    }

    private static IReadOnlyList<string> ResponsePath(IReadOnlyList<string> path, string responseName, GraphQLType type)
    {
        var list = new List<string>(path) { responseName };
        for (var current = type.Nullable; current is ListType list1; current = list1.OfType.Nullable)
        {
            list.Add(FlattenNode.ListSegment);
        }

        return list;
    }
}
