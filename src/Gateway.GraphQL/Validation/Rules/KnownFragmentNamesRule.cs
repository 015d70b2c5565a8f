using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.5.2.1 Fragment Spread Target Defined: "Named fragment spreads must refer to fragments
/// defined within the document. It is a validation error if the target of a spread is not defined."
/// https://spec.graphql.org/September2025/#sec-Fragment-Spread-Target-Defined
/// </summary>
public sealed class KnownFragmentNamesRule : ValidationRule
{
    public override void EnterFragmentSpread(FragmentSpreadNode node, ValidationContext context)
    {
        if (context.GetFragment(node.Name.Value) is null)
        {
            context.ReportError($"Unknown fragment \"{node.Name.Value}\".", node.Name.Location);
        }
    }
}
