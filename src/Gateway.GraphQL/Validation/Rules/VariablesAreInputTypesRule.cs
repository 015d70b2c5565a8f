using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.8.2 Variables Are Input Types (https://spec.graphql.org/September2025/#sec-Variables-Are-Input-Types):
/// "Variables can only be input types. Objects, unions, and interfaces cannot be used as inputs."
/// Unknown type names are left to Known Type Names.
/// </summary>
public sealed class VariablesAreInputTypesRule : ValidationRule
{
    public override void EnterVariableDefinition(VariableDefinitionNode node, ValidationContext context)
    {
        var type = TypeReferenceResolution.Resolve(context.Schema, node.Type);
        if (type is not null && !type.IsInputType)
        {
            context.ReportError(
                $"Variable \"${node.Variable.Name.Value}\" cannot be non-input type \"{type}\".",
                node.Type);
        }
    }
}
