using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.Federation.Execution;

/// <summary>
/// Answers the root introspection fields (<c>__schema</c>, <c>__type</c>) of a client operation from the API
/// schema with the engine's own executor, as Apollo Gateway answers them locally: no subgraph sees them.
/// </summary>
internal static class IntrospectionFields
{
    public static Task<IReadOnlyDictionary<string, object?>?> ExecuteAsync(
        Schema apiSchema,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        IReadOnlyDictionary<string, object?>? variables,
        CancellationToken cancellationToken)
    {
        if (operation.Operation != OperationType.Query)
        {
            return Task.FromResult<IReadOnlyDictionary<string, object?>?>(null);
        }

        List<SelectionNode>? selections = null;
        foreach (var selection in operation.SelectionSet.Selections)
        {
            if (selection is FieldNode { Name.Value: "__schema" or "__type" })
            {
                (selections ??= []).Add(selection);
            }
        }

        // Fragments at the root holding introspection fields are rare; they fall back to null values.
        return selections is null
            ? Task.FromResult<IReadOnlyDictionary<string, object?>?>(null)
            : RunAsync(apiSchema, operation, selections, fragments, variables, cancellationToken);
    }

    private static async Task<IReadOnlyDictionary<string, object?>?> RunAsync(
        Schema apiSchema,
        OperationDefinitionNode operation,
        List<SelectionNode> selections,
        IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        IReadOnlyDictionary<string, object?>? variables,
        CancellationToken cancellationToken)
    {
        var introspectionOperation = new OperationDefinitionNode(
            null, OperationType.Query, null, operation.VariableDefinitions, operation.Directives, new SelectionSetNode(selections));
        var document = new DocumentNode([introspectionOperation, .. fragments.Values]);
        var result = await Executor.ExecuteAsync(apiSchema, new ExecutionRequest { Document = document, VariableValues = variables }, cancellationToken)
            .ConfigureAwait(false);
        return result.Data as IReadOnlyDictionary<string, object?>;
    }
}
