using Gateway.GraphQL.Language;

namespace Gateway.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.2.1 Operation Type Existence: "For each operation definition operation in the document:
/// Let rootOperationType be the root operation type in schema corresponding to the kind of operation.
/// rootOperationType must exist."
/// https://spec.graphql.org/September2025/#sec-Operation-Type-Existence
/// </summary>
/// <remarks>
/// graphql-js 16 has no such rule and fails at execution instead ("Schema is not configured to
/// execute mutation operation."); the message here is that of graphql-js 17's KnownOperationTypesRule.
/// </remarks>
public sealed class OperationTypeExistenceRule : ValidationRule
{
    public override void EnterOperationDefinition(OperationDefinitionNode node, ValidationContext context)
    {
        if (context.Schema.GetRootType(node.Operation) is null)
        {
            context.ReportError($"The {OperationName(node.Operation)} operation is not supported by the schema.", node);
        }
    }

    private static string OperationName(OperationType operation) => operation switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        _ => "subscription",
    };
}
