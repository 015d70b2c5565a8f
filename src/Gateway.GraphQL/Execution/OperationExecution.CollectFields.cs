using Gateway.GraphQL.Introspection;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Execution;

internal sealed partial class OperationExecution
{
    /// <summary>Spec 6.3 CollectFields for the root selection set.</summary>
    private SelectionPlan CollectFields(ObjectType objectType, SelectionSetNode selectionSet)
    {
        var builder = new PlanBuilder();
        HashSet<string>? visitedFragments = null;
        CollectFields(objectType, selectionSet, builder, ref visitedFragments);
        return builder.Build(objectType);
    }

    /// <summary>
    /// Spec 6.4.3 CollectSubfields: the merged selection sets of every node of <paramref name="field"/>,
    /// grouped for <paramref name="objectType"/>. Cached on the field, so the items of a list are
    /// collected once.
    /// </summary>
    private SelectionPlan CollectSubfields(ObjectType objectType, CollectedField field)
    {
        var cached = field.FindSubPlan(objectType);
        if (cached is not null)
        {
            return cached;
        }

        var builder = new PlanBuilder();
        HashSet<string>? visitedFragments = null;
        foreach (var node in field.AllNodes())
        {
            if (node.SelectionSet is { } selectionSet)
            {
                CollectFields(objectType, selectionSet, builder, ref visitedFragments);
            }
        }

        var plan = builder.Build(objectType);
        field.StoreSubPlan(plan);
        return plan;
    }

    /// <summary>
    /// Spec 6.3 CollectFields: walks fields, fragment spreads and inline fragments whose
    /// <c>@skip</c>/<c>@include</c> let them in and whose type condition applies, grouping fields by
    /// response name in document order.
    /// </summary>
    private void CollectFields(ObjectType objectType, SelectionSetNode selectionSet, PlanBuilder builder, ref HashSet<string>? visitedFragments)
    {
        foreach (var selection in selectionSet.Selections)
        {
            if (!ShouldIncludeNode(selection.Directives))
            {
                continue;
            }

            switch (selection)
            {
                case FieldNode field:
                    builder.Add(field, objectType, this);
                    break;
                case FragmentSpreadNode spread:
                    var name = spread.Name.Value;
                    visitedFragments ??= new HashSet<string>(StringComparer.Ordinal);
                    if (!visitedFragments.Add(name) || !Fragments.TryGetValue(name, out var fragment))
                    {
                        continue;
                    }

                    if (DoesFragmentTypeApply(objectType, fragment.TypeCondition))
                    {
                        CollectFields(objectType, fragment.SelectionSet, builder, ref visitedFragments);
                    }

                    break;
                case InlineFragmentNode inline:
                    if (inline.TypeCondition is null || DoesFragmentTypeApply(objectType, inline.TypeCondition))
                    {
                        CollectFields(objectType, inline.SelectionSet, builder, ref visitedFragments);
                    }

                    break;
            }
        }
    }

    /// <summary>Spec 6.3 CollectFields steps 3.a-3.b: <c>@skip(if: true)</c> excludes, <c>@include(if: false)</c> excludes.</summary>
    private bool ShouldIncludeNode(IReadOnlyList<DirectiveNode> directives)
    {
        for (var i = 0; i < directives.Count; i++)
        {
            var directive = directives[i];
            var name = directive.Name.Value;
            if (name == "skip" && IsConditionTrue(directive))
            {
                return false;
            }

            if (name == "include" && !IsConditionTrue(directive))
            {
                return false;
            }
        }

        return true;
    }

    private bool IsConditionTrue(DirectiveNode directive)
    {
        foreach (var argument in directive.Arguments)
        {
            if (argument.Name.Value != "if")
            {
                continue;
            }

            return argument.Value switch
            {
                BooleanValueNode literal => literal.Value,
                VariableNode variable => VariableValues.TryGetValue(variable.Name.Value, out var value) && value is true,
                _ => false,
            };
        }

        return false;
    }

    /// <summary>Spec 6.3 DoesFragmentTypeApply.</summary>
    private bool DoesFragmentTypeApply(ObjectType objectType, NamedTypeNode typeCondition)
    {
        var conditionType = Schema.GetType(typeCondition.Name.Value);
        return conditionType switch
        {
            null => false,
            ObjectType conditionObject => ReferenceEquals(conditionObject, objectType),
            InterfaceType or UnionType => Schema.IsSubType(conditionType, objectType),
            _ => false,
        };
    }

    /// <summary>Spec 6.4 GetFieldDef, meta-fields included: <c>__typename</c> everywhere, <c>__schema</c> and <c>__type</c> on the query root.</summary>
    private FieldDefinition? GetFieldDefinition(ObjectType parentType, string fieldName)
    {
        if (fieldName.StartsWith("__", StringComparison.Ordinal))
        {
            if (fieldName == "__typename")
            {
                return MetaFields.TypeName;
            }

            if (ReferenceEquals(parentType, Schema.QueryType))
            {
                if (fieldName == "__schema")
                {
                    return MetaFields.Schema;
                }

                if (fieldName == "__type")
                {
                    return MetaFields.Type;
                }
            }
        }

        return parentType.GetField(fieldName);
    }

    /// <summary>Groups field nodes by response name, keeping the order in which names first appear.</summary>
    private sealed class PlanBuilder
    {
        private readonly List<CollectedField> _fields = [];

        public void Add(FieldNode node, ObjectType objectType, OperationExecution execution)
        {
            var responseName = node.ResponseName;
            foreach (var existing in _fields)
            {
                if (existing.ResponseName == responseName)
                {
                    existing.AddNode(node);
                    return;
                }
            }

            // Spec 6.3 ExecuteCollectedFields: a field the type does not define is left out of the response.
            var definition = execution.GetFieldDefinition(objectType, node.Name.Value);
            if (definition is null)
            {
                return;
            }

            _fields.Add(new CollectedField(responseName, node, definition, ReferenceEquals(definition, MetaFields.TypeName)));
        }

        public SelectionPlan Build(ObjectType objectType)
        {
            var fields = _fields.ToArray();
            var names = new string[fields.Length];
            for (var i = 0; i < fields.Length; i++)
            {
                names[i] = fields[i].ResponseName;
            }

            return new SelectionPlan(objectType, fields, names);
        }
    }
}
