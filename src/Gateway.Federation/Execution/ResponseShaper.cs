using System.Runtime.CompilerServices;
using Gateway.GraphQL;
using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.Federation.Execution;

/// <summary>
/// Builds the client's response from the merged subgraph data by walking the client's operation over it
/// against the API schema (Apollo Gateway's <c>computeResponse</c>): fields collected per Spec 6.3.2
/// CollectFields (<c>@skip</c>/<c>@include</c>, fragments, aliases), <c>__typename</c> from the data's
/// concrete type, leaf values checked and passed through, null propagated per Spec 6.4.4, and the field
/// access policy asked for every field. Data the subgraphs sent but the operation did not ask for (keys,
/// requires) never reaches the client.
/// </summary>
internal sealed class ResponseShaper
{
    private readonly Schema _schema;
    private readonly IReadOnlyDictionary<string, FragmentDefinitionNode> _fragments;
    private readonly IReadOnlyDictionary<string, object?> _variables;
    private readonly IFieldAccessPolicy _policy;
    private readonly IReadOnlyDictionary<string, object?>? _introspection;
    private readonly int _maxFields;
    private readonly bool _trackRestricted;
    private int _fields;

    // Spec 6.3.2 CollectFields depends only on the object's type, the selections and the variables, all fixed
    // for one response: the objects of a list, selected by the same field nodes, collect their fields once.
    // Keyed by reference: the root selection set, or the field-node list of an earlier collection.
    private readonly Dictionary<(ComplexType Type, object Selections), CollectedFields> _collected = new(CollectionKeyComparer.Instance);

    public ResponseShaper(
        Schema apiSchema,
        IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        IReadOnlyDictionary<string, object?> variables,
        IFieldAccessPolicy policy,
        IReadOnlyDictionary<string, object?>? introspection,
        int maxFields,
        bool trackRestricted = false)
    {
        _schema = apiSchema;
        _fragments = fragments;
        _variables = variables;
        _policy = policy;
        _introspection = introspection;
        _maxFields = maxFields;
        _trackRestricted = trackRestricted;
    }

    /// <summary>
    /// Nullability and leaf-value problems of the subgraph data. Apollo Gateway reports these only under
    /// <c>extensions.valueCompletion</c>, and only when no fetch failed (a failed fetch causes them).
    /// </summary>
    public List<GraphQLError> CompletionErrors { get; } = [];

    /// <summary>Errors of fields the policy denied: always reported.</summary>
    public List<GraphQLError> AccessErrors { get; } = [];

    /// <summary>
    /// The response paths of the fields the policy masked or denied, when tracking was asked for (a subgraph
    /// error under one of them must not carry its message to the client).
    /// </summary>
    public List<object[]> RestrictedPaths { get; } = [];

    /// <summary>The response data: null when a null propagated to the root.</summary>
    /// <exception cref="ResponseTooLargeException">The response would hold more than the allowed number of fields.</exception>
    public ResultMap? Shape(ObjectType rootType, OperationDefinitionNode operation, Dictionary<string, object?> data)
    {
        var path = new List<object>(16);
        var output = CompleteObject(rootType, operation.SelectionSet, data, path, out var bubble);
        return bubble ? null : output;
    }

    /// <summary>
    /// Spec 6.4.3 for one object: every collected field completed in response-name order; a non-null field
    /// that ends null makes the whole object null (<paramref name="bubble"/>).
    /// </summary>
    /// <param name="selections">The operation's selection set (the root), or the field nodes whose selection sets apply.</param>
    private ResultMap? CompleteObject(
        ComplexType type, object selections, Dictionary<string, object?> input, List<object> path, out bool bubble)
    {
        bubble = false;
        var collected = Collect(type, selections);
        _fields += collected.Count;
        if (_fields > _maxFields)
        {
            throw new ResponseTooLargeException(_maxFields);
        }

        // Every object collected from the same fields shares their names: each costs one value array.
        var output = new ResultMap(collected.Names, collected.Masks);
        for (var i = 0; i < collected.Names.Length; i++)
        {
            var responseName = collected.Names[i];
            var nodes = collected.Nodes[i];
            if (collected.Fields[i] is not { } field)
            {
                if (nodes[0].Name.Value == "__typename")
                {
                    // A supergraph may know an interface as an object (@interfaceObject): a __typename that is not
                    // an object type cannot be returned, and Apollo Gateway nulls the object instead.
                    if (type is not ObjectType)
                    {
                        bubble = true;
                        return null;
                    }

                    output.SetValue(i, type.Name);
                }
                else
                {
                    output.SetValue(i, _introspection!.GetValueOrDefault(responseName));
                }

                continue;
            }

            path.Add(responseName);
            var value = CompleteField(type, field, collected, i, nodes, input.GetValueOrDefault(responseName), path, out var invalid);
            path.RemoveAt(path.Count - 1);
            if (invalid)
            {
                bubble = true;
                return null;
            }

            output.SetValue(i, value);
        }

        return output;
    }

    private object? CompleteField(
        ComplexType parent, FieldDefinition field, CollectedFields collected, int index, List<FieldNode> nodes, object? input, List<object> path, out bool invalid)
    {
        if (collected.Coordinates?[index] is not { } coordinate)
        {
            return CompleteValue(parent, field.Type, nodes, input, path, out invalid, out _);
        }

        // The live path: a policy that keeps it copies it (see FieldAccessContext), so allowed fields cost no copy.
        // A policy deciding by coordinate is asked once per collected field, not once per object.
        var decision = collected.Decisions?[index];
        if (decision is null)
        {
            decision = _policy.Decide(new FieldAccessContext(coordinate, field, path));
            if (collected.Decisions is { } decisions)
            {
                decisions[index] = decision;

                // Decided for every object of the collection at once: their maps share the mask.
                collected.Masks![index] = decision.Kind == FieldAccessKind.Mask ? decision.ValueMask : null;
            }
        }

        if (decision.Kind == FieldAccessKind.Allow)
        {
            return CompleteValue(parent, field.Type, nodes, input, path, out invalid, out _);
        }

        if (_trackRestricted)
        {
            RestrictedPaths.Add([.. path]);
        }

        if (decision.Kind == FieldAccessKind.Deny)
        {
            AccessErrors.Add(decision.ToError([.. path]));

            // The denial is the field's error: a non-null field propagates the null without a second error.
            invalid = field.Type is NonNullType;
            return null;
        }

        var completed = CompleteValue(parent, field.Type, nodes, input, path, out invalid, out _);
        if (invalid)
        {
            return null;
        }

        // With the mask in the map's mask slot, the value stays as completed and is masked as it is read or written.
        return collected.Masks?[index] is not null ? completed : decision.Mask!(completed);
    }

    /// <summary>
    /// Spec 6.4.3 CompleteValue over data that is already there (Apollo's <c>updateOutputValue</c>):
    /// <paramref name="invalid"/> when a non-null type ends null; <paramref name="hasErrors"/> when an error
    /// was already recorded below, so propagation adds no second one.
    /// </summary>
    private object? CompleteValue(
        ComplexType parent, GraphQLType type, List<FieldNode> nodes, object? input, List<object> path, out bool invalid, out bool hasErrors)
    {
        invalid = false;
        hasErrors = false;
        if (type is NonNullType nonNull)
        {
            var value = CompleteValue(parent, nonNull.OfType, nodes, input, path, out _, out hasErrors);
            if (value is null)
            {
                if (!hasErrors)
                {
                    CompletionErrors.Add(new GraphQLError(
                        $"Cannot return null for non-nullable {Describe(path, nonNull.OfType, parent)}.", path: [.. path]));
                }

                invalid = true;
                hasErrors = true;
            }

            return value;
        }

        if (input is null)
        {
            return null;
        }

        switch (type)
        {
            case ListType list:
                if (input is not List<object?> items)
                {
                    return InvalidValue(parent, type, path, out hasErrors);
                }

                var output = new object?[items.Count];
                var nullify = false;
                for (var i = 0; i < items.Count; i++)
                {
                    path.Add(BoxedIndex.Of(i));
                    output[i] = CompleteValue(parent, list.OfType, nodes, items[i], path, out var itemInvalid, out var itemErrors);
                    path.RemoveAt(path.Count - 1);
                    nullify |= itemInvalid;
                    hasErrors |= itemErrors;
                }

                return nullify ? null : output;
            case ComplexType or UnionType:
                if (input is not Dictionary<string, object?> map)
                {
                    return InvalidValue(parent, type, path, out hasErrors);
                }

                var runtimeType = (NamedType)type;
                if (map.GetValueOrDefault("__typename") is string typeName)
                {
                    var found = _schema.GetType(typeName);
                    if (found is not (ComplexType or UnionType))
                    {
                        // An inaccessible or unknown type: its name must not leak, so the message names the field only.
                        CompletionErrors.Add(new GraphQLError(
                            $"Invalid __typename found for object at {Describe(path, type, parent)}.", path: [.. path]));
                        hasErrors = true;
                        return null;
                    }

                    runtimeType = found;
                }

                if (runtimeType is not ComplexType complex)
                {
                    // A union with no __typename in the data: only __typename-free, condition-free selections could
                    // apply, and a union has no fields; the object cannot be completed.
                    return null;
                }

                var completed = CompleteObject(complex, nodes, map, path, out var bubble);
                hasErrors = bubble;
                return bubble ? null : completed;
            default:
                return IsValidLeaf(type.Named, input) ? input : InvalidValue(parent, type, path, out hasErrors);
        }
    }

    private object? InvalidValue(ComplexType parent, GraphQLType type, List<object> path, out bool hasErrors)
    {
        CompletionErrors.Add(new GraphQLError($"Invalid value found for {Describe(path, type, parent)}.", path: [.. path]));
        hasErrors = true;
        return null;
    }

    /// <summary>Apollo Gateway's <c>isValidLeafValue</c>: built-in scalars by JSON kind, enums by the API schema's values.</summary>
    private static bool IsValidLeaf(NamedType type, object input) => type switch
    {
        EnumType enumType => input is string name && enumType.Values.ContainsKey(name),
        ScalarType { Name: "Int" } => input is long number && number is >= int.MinValue and <= int.MaxValue,
        ScalarType { Name: "Float" } => input is long or double,
        ScalarType { Name: "String" } => input is string,
        ScalarType { Name: "Boolean" } => input is bool,
        ScalarType { Name: "ID" } => input is string or long,
        ScalarType => true,
        _ => false,
    };

    private static string Describe(List<object> path, GraphQLType type, ComplexType parent) =>
        path[^1] is string name ? $"field {parent.Name}.{name}" : $"array element of type {type} at index {path[^1]}";

    /// <summary>The fields an object of <paramref name="type"/> collects from <paramref name="selections"/>; collected once per response.</summary>
    private CollectedFields Collect(ComplexType type, object selections)
    {
        if (_collected.TryGetValue((type, selections), out var collected))
        {
            return collected;
        }

        var fields = new Dictionary<string, List<FieldNode>>(StringComparer.Ordinal);
        if (selections is SelectionSetNode root)
        {
            CollectFields(type, root, fields, visitedFragments: null);
        }
        else
        {
            foreach (var node in (List<FieldNode>)selections)
            {
                if (node.SelectionSet is { } selectionSet)
                {
                    CollectFields(type, selectionSet, fields, visitedFragments: null);
                }
            }
        }

        // A dictionary without removals enumerates in insertion order: the order of Spec 6.3.2.
        var names = new List<string>(fields.Count);
        var nodes = new List<List<FieldNode>>(fields.Count);
        var definitions = new List<FieldDefinition?>(fields.Count);

        // Each field's schema coordinate, built once per collection rather than per object, for the policy.
        var coordinates = _policy.AllowsEverything ? null : new List<string?>(fields.Count);
        foreach (var (responseName, fieldNodes) in fields)
        {
            var fieldName = fieldNodes[0].Name.Value;
            var definition = type.GetField(fieldName);
            if (definition is null && fieldName != "__typename" && !(fieldName is "__schema" or "__type" && _introspection is not null))
            {
                // Validated against the API schema, so only a concrete type that lacks an interface's field
                // gets here (the data named a type the operation's fragments do not cover): nothing to return.
                continue;
            }

            names.Add(responseName);
            nodes.Add(fieldNodes);
            definitions.Add(fieldName is "__schema" or "__type" && _introspection is not null ? null : definition);
            coordinates?.Add(definition is null ? null : type.Name + "." + fieldName);
        }

        var byCoordinate = coordinates is not null && _policy.DecidesByCoordinate;
        collected = new CollectedFields(
            [.. names], [.. nodes], [.. definitions], coordinates?.ToArray(),
            byCoordinate ? new FieldAccessDecision?[coordinates!.Count] : null,
            byCoordinate ? new ResultValueMask?[coordinates!.Count] : null,
            fields.Count);
        _collected.Add((type, selections), collected);
        return collected;
    }

    /// <summary>Spec 6.3.2 CollectFields for an object of <paramref name="type"/> (an interface when the data had no <c>__typename</c>).</summary>
    private void CollectFields(ComplexType type, SelectionSetNode selectionSet, Dictionary<string, List<FieldNode>> fields, HashSet<string>? visitedFragments)
    {
        foreach (var selection in selectionSet.Selections)
        {
            if (!ShouldInclude(selection.Directives))
            {
                continue;
            }

            switch (selection)
            {
                case FieldNode field:
                    var responseName = field.ResponseName;
                    if (!fields.TryGetValue(responseName, out var nodes))
                    {
                        fields[responseName] = nodes = new List<FieldNode>(1);
                    }

                    nodes.Add(field);
                    break;
                case InlineFragmentNode inline:
                    if (inline.TypeCondition is null || Applies(inline.TypeCondition.Name.Value, type))
                    {
                        CollectFields(type, inline.SelectionSet, fields, visitedFragments);
                    }

                    break;
                case FragmentSpreadNode spread:
                    var name = spread.Name.Value;
                    visitedFragments ??= new HashSet<string>(StringComparer.Ordinal);
                    if (visitedFragments.Add(name) && _fragments.TryGetValue(name, out var fragment)
                        && Applies(fragment.TypeCondition.Name.Value, type))
                    {
                        CollectFields(type, fragment.SelectionSet, fields, visitedFragments);
                    }

                    break;
            }
        }
    }

    /// <summary>Spec 6.3.2 DoesFragmentTypeApply; Apollo's <c>typeConditionApplies</c> (a subtype of the condition applies).</summary>
    private bool Applies(string condition, ComplexType type) =>
        condition == type.Name || (_schema.GetType(condition) is { } conditionType && conditionType is InterfaceType or UnionType && _schema.IsSubType(conditionType, type));

    private bool ShouldInclude(IReadOnlyList<DirectiveNode> directives)
    {
        foreach (var directive in directives)
        {
            var name = directive.Name.Value;
            if ((name == "skip" && IsTrue(directive)) || (name == "include" && !IsTrue(directive)))
            {
                return false;
            }
        }

        return true;
    }

    private bool IsTrue(DirectiveNode directive)
    {
        foreach (var argument in directive.Arguments)
        {
            if (argument.Name.Value == "if")
            {
                return argument.Value switch
                {
                    BooleanValueNode literal => literal.Value,
                    VariableNode variable => _variables.GetValueOrDefault(variable.Name.Value) is true,
                    _ => false,
                };
            }
        }

        return false;
    }

    /// <summary>
    /// What one object's fields are, by response name: the field nodes, and the field's definition (null for
    /// <c>__typename</c> and the introspection roots), and its schema coordinate (null when the policy allows
    /// everything, so it is never asked), with the policy's decision once made when it decides by coordinate, and
    /// then the masks of masked fields (shared by the maps of every object collected here).
    /// <see cref="Count"/> counts every collected field toward the response-size limit, returned or not.
    /// </summary>
    private sealed record CollectedFields(
        string[] Names, List<FieldNode>[] Nodes, FieldDefinition?[] Fields, string?[]? Coordinates, FieldAccessDecision?[]? Decisions, ResultValueMask?[]? Masks, int Count);

    /// <summary>Compares collection keys by reference: syntax nodes are records, whose equality walks the tree.</summary>
    private sealed class CollectionKeyComparer : IEqualityComparer<(ComplexType Type, object Selections)>
    {
        public static readonly CollectionKeyComparer Instance = new();

        public bool Equals((ComplexType Type, object Selections) x, (ComplexType Type, object Selections) y) =>
            ReferenceEquals(x.Type, y.Type) && ReferenceEquals(x.Selections, y.Selections);

        public int GetHashCode((ComplexType Type, object Selections) key) =>
            HashCode.Combine(RuntimeHelpers.GetHashCode(key.Type), RuntimeHelpers.GetHashCode(key.Selections));
    }
}
