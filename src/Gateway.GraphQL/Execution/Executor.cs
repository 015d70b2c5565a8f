using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Execution;

/// <summary>
/// Executes a validated document against a schema (Spec 6 Execution). Request errors (no such operation,
/// variables that do not coerce) yield a result without data; execution errors are collected next to data.
/// </summary>
public static class Executor
{
    /// <summary>Spec 6.1 ExecuteRequest, within <see cref="ExecutionOptions.Default"/>.</summary>
    public static Task<ExecutionResult> ExecuteAsync(Schema schema, ExecutionRequest request, CancellationToken cancellationToken = default) =>
        ExecuteAsync(schema, request, ExecutionOptions.Default, cancellationToken);

    /// <summary>Spec 6.1 ExecuteRequest, within the limits of <paramref name="options"/>.</summary>
    public static Task<ExecutionResult> ExecuteAsync(Schema schema, ExecutionRequest request, ExecutionOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(options);

        // Batching relies on continuations running inline when a data loader completes; a captured
        // synchronization context (UI, test runners) would post them elsewhere, so leave it behind.
        if (SynchronizationContext.Current is not null)
        {
            return Task.Run(() => ExecuteCoreAsync(schema, request, options, cancellationToken), cancellationToken);
        }

        return ExecuteCoreAsync(schema, request, options, cancellationToken);
    }

    private static Task<ExecutionResult> ExecuteCoreAsync(Schema schema, ExecutionRequest request, ExecutionOptions options, CancellationToken cancellationToken)
    {
        var fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
        var operation = GetOperation(request.Document, request.OperationName, fragments, out var operationError);
        if (operation is null)
        {
            return Task.FromResult(ExecutionResult.FromRequestErrors([operationError!]));
        }

        if (operation.Operation == OperationType.Subscription)
        {
            return Task.FromResult(ExecutionResult.FromRequestErrors(
                [GraphQLError.At("Subscription operations are not supported yet; send queries and mutations.", operation)]));
        }

        var rootType = schema.GetRootType(operation.Operation);
        if (rootType is null)
        {
            return Task.FromResult(ExecutionResult.FromRequestErrors(
                [GraphQLError.At($"Schema is not configured to execute {OperationName(operation.Operation)} operation.", operation)]));
        }

        var variableErrors = new List<GraphQLError>();
        var variables = VariableValueCoercion.CoerceVariableValues(schema, operation, request.VariableValues, variableErrors);
        if (variableErrors.Count > 0)
        {
            return Task.FromResult(ExecutionResult.FromRequestErrors(variableErrors));
        }

        var execution = new OperationExecution(
            schema, operation, fragments, variables, request.RootValue, request.RequestContext, options, cancellationToken);
        ValueTask<object?> running;
        try
        {
            running = execution.ExecuteOperationAsync(rootType);
        }
        catch (ResultLimitExceededException exceeded)
        {
            return Task.FromResult(Stopped(exceeded));
        }

        if (running.IsCompletedSuccessfully)
        {
            return Task.FromResult(new ExecutionResult(running.Result, execution.Errors));
        }

        return CompleteAsync(running, execution);

        static async Task<ExecutionResult> CompleteAsync(ValueTask<object?> running, OperationExecution execution)
        {
            try
            {
                var data = await running.ConfigureAwait(false);
                return new ExecutionResult(data, execution.Errors);
            }
            catch (ResultLimitExceededException exceeded)
            {
                return Stopped(exceeded);
            }
        }
    }

    /// <summary>
    /// An execution stopped by a limit answers with null data and the limit's error alone: the partial
    /// response and the field errors gathered on the way would only hide what went wrong.
    /// </summary>
    private static ExecutionResult Stopped(ResultLimitExceededException exceeded) => new(null, [exceeded.Error]);

    /// <summary>
    /// Spec 6.1 GetOperation: the operation named <paramref name="operationName"/>, or the only one when no
    /// name is given; null with the request error when there is no such operation, or several and no name.
    /// </summary>
    public static OperationDefinitionNode? GetOperation(DocumentNode document, string? operationName, out GraphQLError? error)
    {
        ArgumentNullException.ThrowIfNull(document);
        return GetOperation(document, operationName, fragments: null, out error);
    }

    /// <summary>
    /// <see cref="GetOperation(DocumentNode, string?, out GraphQLError?)"/>, gathering the fragment
    /// definitions into <paramref name="fragments"/> in the same pass when given.
    /// </summary>
    private static OperationDefinitionNode? GetOperation(
        DocumentNode document,
        string? operationName,
        Dictionary<string, FragmentDefinitionNode>? fragments,
        out GraphQLError? error)
    {
        OperationDefinitionNode? operation = null;
        var multiple = false;
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case OperationDefinitionNode candidate:
                    if (operationName is null)
                    {
                        multiple |= operation is not null;
                        operation ??= candidate;
                    }
                    else if (candidate.Name?.Value == operationName)
                    {
                        operation ??= candidate;
                    }

                    break;
                case FragmentDefinitionNode fragment when fragments is not null:
                    fragments.TryAdd(fragment.Name.Value, fragment);
                    break;
            }
        }

        error = null;
        if (multiple)
        {
            error = new GraphQLError("Must provide operation name if query contains multiple operations.");
            return null;
        }

        if (operation is null)
        {
            error = new GraphQLError(operationName is null ? "Must provide an operation." : $"Unknown operation named \"{operationName}\".");
        }

        return operation;
    }

    private static string OperationName(OperationType operation) => operation switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        _ => "subscription",
    };
}
