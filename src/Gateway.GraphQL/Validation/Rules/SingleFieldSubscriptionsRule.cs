using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.2.3.1 Single Root Field: "Subscription operations must have exactly one root field." The
/// root selection set must not use <c>@skip</c> or <c>@include</c>, and the root field must not be
/// an introspection field.
/// https://spec.graphql.org/September2025/#sec-Single-Root-Field
/// </summary>
/// <remarks>
/// graphql-js 16 does not know the <c>@skip</c>/<c>@include</c> restriction (added by the September
/// 2025 spec); its message here is graphql-js 17's. When that error is found the rule stops, as
/// graphql-js 17 does, since which fields are selected then depends on variables. Fragments are each
/// followed once and the work is bounded by the document's size.
/// </remarks>
public sealed class SingleFieldSubscriptionsRule : ValidationRule
{
    public override void EnterOperationDefinition(OperationDefinitionNode node, ValidationContext context)
    {
        if (node.Operation != OperationType.Subscription || context.Schema.SubscriptionType is not { } subscriptionType)
        {
            return;
        }

        var subject = node.Name is { } name ? $"Subscription \"{name.Value}\"" : "Anonymous Subscription";
        var conditionals = FindConditionalDirectives(node.SelectionSet, context);
        if (conditionals.Count > 0)
        {
            context.ReportError($"{subject} must not use `@skip` or `@include` directives in the top level selection.", [.. conditionals]);
            return;
        }

        var fields = CollectRootFields(node.SelectionSet, subscriptionType, context);
        if (fields.Count > 1)
        {
            var extraFields = new List<SyntaxNode?>();
            for (var i = 1; i < fields.Count; i++)
            {
                extraFields.AddRange(fields.GetAt(i).Value);
            }

            context.ReportError($"{subject} must select only one top level field.", [.. extraFields]);
        }

        foreach (var (_, fieldNodes) in fields)
        {
            if (fieldNodes[0].Name.Value.StartsWith("__", StringComparison.Ordinal))
            {
                context.ReportError($"{subject} must not select an introspection top level field.", [.. fieldNodes]);
            }
        }
    }

    /// <summary>Every <c>@skip</c> and <c>@include</c> on a root selection, inside fragments too, in document order.</summary>
    private static List<DirectiveNode> FindConditionalDirectives(SelectionSetNode root, ValidationContext context)
    {
        var found = new List<DirectiveNode>();
        var visitedFragments = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<(IReadOnlyList<SelectionNode> Selections, int Next)>();
        pending.Push((root.Selections, 0));
        while (pending.TryPop(out var frame))
        {
            if (frame.Next >= frame.Selections.Count)
            {
                continue;
            }

            var selection = frame.Selections[frame.Next];
            pending.Push((frame.Selections, frame.Next + 1));
            foreach (var directive in selection.Directives)
            {
                if (directive.Name.Value is "skip" or "include")
                {
                    found.Add(directive);
                }
            }

            switch (selection)
            {
                case InlineFragmentNode inlineFragment:
                    pending.Push((inlineFragment.SelectionSet.Selections, 0));
                    break;
                case FragmentSpreadNode spread when visitedFragments.Add(spread.Name.Value) && context.GetFragment(spread.Name.Value) is { } fragment:
                    pending.Push((fragment.SelectionSet.Selections, 0));
                    break;
            }
        }

        return found;
    }

    /// <summary>
    /// Spec 6.3.2 CollectFields on the subscription root with no variables: fields grouped by response
    /// name, following fragments whose type condition applies to the root type.
    /// </summary>
    private static OrderedDictionary<string, List<FieldNode>> CollectRootFields(SelectionSetNode root, ObjectType rootType, ValidationContext context)
    {
        var fields = new OrderedDictionary<string, List<FieldNode>>(StringComparer.Ordinal);
        var visitedFragments = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<(IReadOnlyList<SelectionNode> Selections, int Next)>();
        pending.Push((root.Selections, 0));
        while (pending.TryPop(out var frame))
        {
            if (frame.Next >= frame.Selections.Count)
            {
                continue;
            }

            var selection = frame.Selections[frame.Next];
            pending.Push((frame.Selections, frame.Next + 1));
            switch (selection)
            {
                case FieldNode field:
                    if (!fields.TryGetValue(field.ResponseName, out var group))
                    {
                        group = [];
                        fields.Add(field.ResponseName, group);
                    }

                    group.Add(field);
                    break;
                case InlineFragmentNode inlineFragment when DoesFragmentTypeApply(rootType, inlineFragment.TypeCondition, context.Schema):
                    pending.Push((inlineFragment.SelectionSet.Selections, 0));
                    break;
                case FragmentSpreadNode spread when visitedFragments.Add(spread.Name.Value)
                    && context.GetFragment(spread.Name.Value) is { } fragment
                    && DoesFragmentTypeApply(rootType, fragment.TypeCondition, context.Schema):
                    pending.Push((fragment.SelectionSet.Selections, 0));
                    break;
            }
        }

        return fields;
    }

    /// <summary>Spec 6.3.2 DoesFragmentTypeApply.</summary>
    private static bool DoesFragmentTypeApply(ObjectType objectType, NamedTypeNode? typeCondition, Schema schema)
    {
        if (typeCondition is null)
        {
            return true;
        }

        var fragmentType = schema.GetType(typeCondition.Name.Value);
        return ReferenceEquals(fragmentType, objectType)
            || (fragmentType is InterfaceType or UnionType && schema.IsSubType(fragmentType, objectType));
    }
}
