using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.5.2.3 Fragment Spread Is Possible: "Fragments are declared on a type and will only apply
/// when the runtime object type matches the type condition. They also are spread within the context
/// of a parent type. A fragment spread is only valid if its type condition could ever possibly be
/// true: if there is a runtime object type that both satisfies the type condition and the parent type."
/// https://spec.graphql.org/September2025/#sec-Fragment-Spread-Is-Possible
/// </summary>
public sealed class PossibleFragmentSpreadsRule : ValidationRule
{
    public override void EnterInlineFragment(InlineFragmentNode node, ValidationContext context)
    {
        // The context's type is the fragment's type condition (or the enclosing type without one);
        // the parent type is still that of the enclosing selection set.
        if (context.Type is NamedType fragmentType && TypeInfo.IsComposite(fragmentType)
            && context.ParentType is { } parentType && TypeInfo.IsComposite(parentType)
            && !DoTypesOverlap(context.Schema, fragmentType, parentType))
        {
            context.ReportError(
                $"Fragment cannot be spread here as objects of type \"{parentType.Name}\" can never be of type \"{fragmentType.Name}\".",
                node);
        }
    }

    public override void EnterFragmentSpread(FragmentSpreadNode node, ValidationContext context)
    {
        var fragmentName = node.Name.Value;
        if (context.GetFragment(fragmentName) is { } fragment
            && context.Schema.GetType(fragment.TypeCondition.Name.Value) is { } fragmentType && TypeInfo.IsComposite(fragmentType)
            && context.ParentType is { } parentType
            && !DoTypesOverlap(context.Schema, fragmentType, parentType))
        {
            context.ReportError(
                $"Fragment \"{fragmentName}\" cannot be spread here as objects of type \"{parentType.Name}\" can never be of type \"{fragmentType.Name}\".",
                node);
        }
    }

    /// <summary>Spec 5.5.2.3: whether some object type could be of both types.</summary>
    internal static bool DoTypesOverlap(Schema schema, NamedType typeA, NamedType typeB)
    {
        if (ReferenceEquals(typeA, typeB))
        {
            return true;
        }

        if (IsAbstract(typeA))
        {
            if (IsAbstract(typeB))
            {
                foreach (var possibleType in schema.GetPossibleTypes(typeA))
                {
                    if (schema.IsSubType(typeB, possibleType))
                    {
                        return true;
                    }
                }

                return false;
            }

            return schema.IsSubType(typeA, typeB);
        }

        return IsAbstract(typeB) && schema.IsSubType(typeB, typeA);
    }

    private static bool IsAbstract(NamedType type) => type is InterfaceType or UnionType;
}
