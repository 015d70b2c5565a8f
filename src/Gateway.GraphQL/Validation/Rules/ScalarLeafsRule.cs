using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.3.3 Leaf Field Selections: "Field selections on scalars or enums are never allowed, because
/// they are the leaf nodes of any GraphQL operation. Conversely the leaf field selections of GraphQL
/// operations must be of type scalar or enum."
/// https://spec.graphql.org/September2025/#sec-Leaf-Field-Selections
/// </summary>
public sealed class ScalarLeafsRule : ValidationRule
{
    public override void EnterField(FieldNode node, ValidationContext context)
    {
        if (context.Type is not { } type)
        {
            return;
        }

        var fieldName = node.Name.Value;
        if (type.Named is ScalarType or EnumType)
        {
            if (node.SelectionSet is { } selectionSet)
            {
                context.ReportError(
                    $"Field \"{fieldName}\" must not have a selection since type \"{type}\" has no subfields.",
                    selectionSet);
            }
        }
        else if (node.SelectionSet is null)
        {
            context.ReportError(
                $"Field \"{fieldName}\" of type \"{type}\" must have a selection of subfields. Did you mean \"{fieldName} {{ ... }}\"?",
                node);
        }
        else if (node.SelectionSet.Selections.Count == 0)
        {
            // Spec 2.4: a selection set is never empty; only documents built in code can hold one.
            context.ReportError($"Field \"{fieldName}\" of type \"{type}\" must have at least one field selected.", node);
        }
    }
}
