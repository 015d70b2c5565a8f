using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.5.1.3 Fragments On Composite Types: "Fragments can only be declared on unions, interfaces,
/// and objects. They are invalid on scalars. They can only be applied on non-leaf fields."
/// https://spec.graphql.org/September2025/#sec-Fragments-On-Composite-Types
/// </summary>
public sealed class FragmentsOnCompositeTypesRule : ValidationRule
{
    public override void EnterInlineFragment(InlineFragmentNode node, ValidationContext context)
    {
        if (node.TypeCondition is { } typeCondition && IsNonComposite(typeCondition, context))
        {
            context.ReportError($"Fragment cannot condition on non composite type \"{typeCondition.Name.Value}\".", typeCondition);
        }
    }

    public override void EnterFragmentDefinition(FragmentDefinitionNode node, ValidationContext context)
    {
        if (IsNonComposite(node.TypeCondition, context))
        {
            context.ReportError(
                $"Fragment \"{node.Name.Value}\" cannot condition on non composite type \"{node.TypeCondition.Name.Value}\".",
                node.TypeCondition);
        }
    }

    /// <summary>Unknown types are left to <see cref="KnownTypeNamesRule"/>.</summary>
    private static bool IsNonComposite(NamedTypeNode typeCondition, ValidationContext context) =>
        context.Schema.GetType(typeCondition.Name.Value) is { } type && !TypeInfo.IsComposite(type);
}
