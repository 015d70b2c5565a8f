using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;
using Gateway.GraphQL.Utilities;

namespace Gateway.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.3.1 Field Selections: "The target field of a field selection must be defined on the scoped
/// type of the selection set. There are no limitations on alias names."
/// https://spec.graphql.org/September2025/#sec-Field-Selections
/// </summary>
/// <remarks>
/// Like graphql-js, the error suggests first the types an inline fragment could condition on to
/// reach the field (for abstract types), and otherwise similarly named fields.
/// </remarks>
public sealed class FieldsOnCorrectTypeRule : ValidationRule
{
    public override void EnterField(FieldNode node, ValidationContext context)
    {
        if (context.ParentType is not { } parentType || context.FieldDefinition is not null)
        {
            return;
        }

        var fieldName = node.Name.Value;
        var suggestion = DidYouMean.Format(SuggestTypeNames(context.Schema, parentType, fieldName), "to use an inline fragment on");
        if (suggestion.Length == 0)
        {
            suggestion = DidYouMean.Format(SuggestFieldNames(parentType, fieldName));
        }

        context.ReportError($"Cannot query field \"{fieldName}\" on type \"{parentType.Name}\".{suggestion}", node);
    }

    /// <summary>
    /// The object and interface types under an abstract type that define the field: the types shared by
    /// the most possible types first, then interfaces before the types implementing them, then by name.
    /// </summary>
    private static List<string> SuggestTypeNames(Schema schema, NamedType type, string fieldName)
    {
        if (type is not (InterfaceType or UnionType))
        {
            return [];
        }

        var suggestedTypes = new List<ComplexType>();
        var usageCount = new Dictionary<ComplexType, int>();
        foreach (var possibleType in schema.GetPossibleTypes(type))
        {
            if (possibleType.GetField(fieldName) is null)
            {
                continue;
            }

            if (usageCount.TryAdd(possibleType, 1))
            {
                suggestedTypes.Add(possibleType);
            }

            foreach (var @interface in possibleType.Interfaces)
            {
                if (@interface.GetField(fieldName) is null)
                {
                    continue;
                }

                if (usageCount.TryGetValue(@interface, out var count))
                {
                    usageCount[@interface] = count + 1;
                }
                else
                {
                    usageCount[@interface] = 1;
                    suggestedTypes.Add(@interface);
                }
            }
        }

        // graphql-js's comparison is not transitive (interfaces before their subtypes), so the result
        // depends on the sorting algorithm: sort as V8 does to get its order.
        JavaScriptArraySort.Sort(suggestedTypes, (typeA, typeB) =>
        {
            var usageCountDifference = usageCount[typeB] - usageCount[typeA];
            if (usageCountDifference != 0)
            {
                return usageCountDifference;
            }

            if (typeA is InterfaceType && schema.IsSubType(typeA, typeB))
            {
                return -1;
            }

            if (typeB is InterfaceType && schema.IsSubType(typeB, typeA))
            {
                return 1;
            }

            return SuggestionList.NaturalCompare(typeA.Name, typeB.Name);
        });

        var names = new List<string>(suggestedTypes.Count);
        foreach (var suggestedType in suggestedTypes)
        {
            names.Add(suggestedType.Name);
        }

        return names;
    }

    /// <summary>Similarly named fields of an object or interface; unions define no fields.</summary>
    private static List<string> SuggestFieldNames(NamedType type, string fieldName) =>
        type is ComplexType complex ? SuggestionList.Find(fieldName, complex.Fields.Keys) : [];
}
