using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.8.4 All Variables Used (https://spec.graphql.org/September2025/#sec-All-Variables-Used):
/// "All variables defined by an operation must be used in that operation or a fragment transitively
/// included by that operation. Unused variables cause a validation error."
/// </summary>
public sealed class NoUnusedVariablesRule : ValidationRule
{
    public override void LeaveOperationDefinition(OperationDefinitionNode node, ValidationContext context)
    {
        if (node.VariableDefinitions.Count == 0)
        {
            return;
        }

        var usages = context.GetRecursiveVariableUsages(node);
        foreach (var definition in node.VariableDefinitions)
        {
            var name = definition.Variable.Name.Value;
            if (IsUsed(usages, name))
            {
                continue;
            }

            var message = node.Name is { } operationName
                ? $"Variable \"${name}\" is never used in operation \"{operationName.Value}\"."
                : $"Variable \"${name}\" is never used.";
            context.ReportError(message, definition);
        }
    }

    private static bool IsUsed(IReadOnlyList<VariableUsage> usages, string name)
    {
        for (var i = 0; i < usages.Count; i++)
        {
            if (usages[i].Node.Name.Value == name)
            {
                return true;
            }
        }

        return false;
    }
}
