using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.8.3 All Variable Uses Defined (https://spec.graphql.org/September2025/#sec-All-Variable-Uses-Defined):
/// "Variables are scoped on a per-operation basis. That means that any variable used within the context of
/// an operation must be defined at the top level of that operation." Uses inside fragments count for every
/// operation that spreads them, so each use is reported once per operation that lacks the definition.
/// </summary>
public sealed class NoUndefinedVariablesRule : ValidationRule
{
    public override void LeaveOperationDefinition(OperationDefinitionNode node, ValidationContext context)
    {
        var usages = context.GetRecursiveVariableUsages(node);
        foreach (var usage in usages)
        {
            var name = usage.Node.Name.Value;
            if (IsDefined(node.VariableDefinitions, name))
            {
                continue;
            }

            var message = node.Name is { } operationName
                ? $"Variable \"${name}\" is not defined by operation \"{operationName.Value}\"."
                : $"Variable \"${name}\" is not defined.";
            context.ReportError(message, usage.Node, node);
        }
    }

    // Operations declare a handful of variables; a scan allocates nothing.
    private static bool IsDefined(IReadOnlyList<VariableDefinitionNode> definitions, string name)
    {
        foreach (var definition in definitions)
        {
            if (definition.Variable.Name.Value == name)
            {
                return true;
            }
        }

        return false;
    }
}
