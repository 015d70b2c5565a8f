using Gateway.GraphQL.Validation.Rules;

namespace Gateway.GraphQL.Validation;

/// <summary>
/// The validation rules of Spec 5, in the order graphql-js 16 runs them (its <c>specifiedRules</c>,
/// which follows the spec's sections loosely). Keeping its order makes errors come out in the same
/// order as the reference implementation's when a document breaks several rules.
/// </summary>
public static class SpecifiedRules
{
    public static IReadOnlyList<Func<ValidationRule>> All { get; } =
    [
        // Spec Section: "Executable Definitions" (5.1.1)
        () => new ExecutableDefinitionsRule(),

        // Spec Section: "Operation Type Existence" (5.2.1). Not in graphql-js 16, which fails at
        // execution instead; graphql-js 17 adds it here as KnownOperationTypesRule.
        () => new OperationTypeExistenceRule(),

        // Spec Section: "Operation Name Uniqueness" (5.2.2.1)
        () => new UniqueOperationNamesRule(),

        // Spec Section: "Lone Anonymous Operation" (5.2.2.2)
        () => new LoneAnonymousOperationRule(),

        // Spec Section: "Single Root Field" (5.2.3.1)
        () => new SingleFieldSubscriptionsRule(),

        // Spec Section: "Fragment Spread Type Existence" (5.5.1.2)
        () => new KnownTypeNamesRule(),

        // Spec Section: "Fragments On Composite Types" (5.5.1.3)
        () => new FragmentsOnCompositeTypesRule(),

        // Spec Section: "Variables Are Input Types" (5.8.2)
        () => new VariablesAreInputTypesRule(),

        // Spec Section: "Leaf Field Selections" (5.3.3)
        () => new ScalarLeafsRule(),

        // Spec Section: "Field Selections On Objects, Interfaces, and Unions Types" (5.3.1)
        () => new FieldsOnCorrectTypeRule(),

        // Spec Section: "Fragment Name Uniqueness" (5.5.1.1)
        () => new UniqueFragmentNamesRule(),

        // Spec Section: "Fragment Spread Target Defined" (5.5.2.1)
        () => new KnownFragmentNamesRule(),

        // Spec Section: "Fragments Must Be Used" (5.5.1.4)
        () => new NoUnusedFragmentsRule(),

        // Spec Section: "Fragment Spread Is Possible" (5.5.2.3)
        () => new PossibleFragmentSpreadsRule(),

        // Spec Section: "Fragment Spreads Must Not Form Cycles" (5.5.2.2)
        () => new NoFragmentCyclesRule(),

        // Spec Section: "Variable Uniqueness" (5.8.1)
        () => new UniqueVariableNamesRule(),

        // Spec Section: "All Variable Uses Defined" (5.8.3)
        () => new NoUndefinedVariablesRule(),

        // Spec Section: "All Variables Used" (5.8.4)
        () => new NoUnusedVariablesRule(),

        // Spec Section: "Directives Are Defined" (5.7.1)
        () => new KnownDirectivesRule(),

        // Spec Section: "Directives Are Unique Per Location" (5.7.3)
        () => new UniqueDirectivesPerLocationRule(),

        // Spec Section: "Argument Names" (5.4.1)
        () => new KnownArgumentNamesRule(),

        // Spec Section: "Argument Uniqueness" (5.4.2)
        () => new UniqueArgumentNamesRule(),

        // Spec Section: "Values of Correct Type" (5.6.1)
        () => new ValuesOfCorrectTypeRule(),

        // Spec Section: "Required Arguments" (5.4.2.1)
        () => new ProvidedRequiredArgumentsRule(),

        // Spec Section: "All Variable Usages Are Allowed" (5.8.5)
        () => new VariablesInAllowedPositionRule(),

        // Spec Section: "Field Selection Merging" (5.3.2)
        () => new OverlappingFieldsCanBeMergedRule(),

        // Spec Section: "Input Object Field Uniqueness" (5.6.3)
        () => new UniqueInputFieldNamesRule(),
    ];
}
