using Gateway.Federation.Planning;
using Gateway.Federation.Supergraphs;
using Gateway.Federation.Transport;
using Gateway.GraphQL;
using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Language;

namespace Gateway.Federation.Execution;

/// <summary>
/// Answers one operation of a supergraph's API schema by running its query plan against the subgraphs and
/// shaping the merged data into the response the client asked for. The document must already be valid
/// against <see cref="Supergraph.ApiSchema"/>. Safe to share: one instance serves every request of a
/// supergraph, holding the subgraph connection pools.
/// </summary>
public sealed class FederatedExecutor
{
    private readonly SubgraphClientPool _clients;
    private readonly FederatedExecutionOptions _options;
    private readonly ISubgraphFetchObserver? _observer;

    /// <param name="clients">The supergraph's subgraph connections.</param>
    /// <param name="options">Limits and reporting choices.</param>
    /// <param name="observer">Told of every fetch and every operation (usage per subgraph); nothing is measured when null.</param>
    public FederatedExecutor(SubgraphClientPool clients, FederatedExecutionOptions? options = null, ISubgraphFetchObserver? observer = null)
    {
        ArgumentNullException.ThrowIfNull(clients);
        _clients = clients;
        _options = options ?? FederatedExecutionOptions.Default;
        _observer = observer;
    }

    /// <param name="supergraph">The supergraph the plan was made for.</param>
    /// <param name="plan">The operation's query plan.</param>
    /// <param name="document">The client's document, valid against the API schema.</param>
    /// <param name="operationName">Which operation of the document to run (Spec 6.1 GetOperation).</param>
    /// <param name="variables">The client's variables, as sent (JSON-shaped values).</param>
    /// <param name="policy">Decides per field what the client may see; <see cref="AllowAllFieldAccessPolicy"/> when null.</param>
    /// <param name="cancellationToken">Cancels the subgraph requests (the client went away, the server stops).</param>
    public async Task<ExecutionResult> ExecuteAsync(
        Supergraph supergraph,
        QueryPlan plan,
        DocumentNode document,
        string? operationName,
        IReadOnlyDictionary<string, object?>? variables,
        IFieldAccessPolicy? policy,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(supergraph);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(document);
        policy ??= AllowAllFieldAccessPolicy.Instance;

        var operation = Executor.GetOperation(document, operationName, out var operationError);
        if (operation is null)
        {
            return ExecutionResult.FromRequestErrors([operationError!]);
        }

        var apiSchema = supergraph.ApiSchema;
        var rootType = apiSchema.GetRootType(operation.Operation);
        if (operation.Operation == OperationType.Subscription || rootType is null)
        {
            return ExecutionResult.FromRequestErrors(
                [GraphQLError.At($"The gateway does not execute {operation.Operation.ToString().ToLowerInvariant()} operations; send queries and mutations.", operation)]);
        }

        var variableErrors = new List<GraphQLError>();
        var coerced = VariableValueCoercion.CoerceVariableValues(apiSchema, operation, variables, variableErrors);
        if (variableErrors.Count > 0)
        {
            return ExecutionResult.FromRequestErrors(variableErrors);
        }

        var fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment)
            {
                fragments.TryAdd(fragment.Name.Value, fragment);
            }
        }

        var execution = new PlanExecution(supergraph, _clients, variables, coerced, _observer, cancellationToken);
        var introspection = IntrospectionFields.ExecuteAsync(policy.IntrospectionSchema ?? apiSchema, operation, fragments, variables, cancellationToken);
        await execution.ExecuteAsync(plan).ConfigureAwait(false);
        execution.ReportOperation();

        var restricted = !policy.AllowsEverything;
        var shaper = new ResponseShaper(
            apiSchema, fragments, coerced, policy, await introspection.ConfigureAwait(false), _options.MaxResponseFields,
            trackRestricted: restricted && execution.Errors.Count > 0);
        ResultMap? data;
        try
        {
            data = shaper.Shape(rootType, operation, execution.Data);
        }
        catch (ResponseTooLargeException tooLarge)
        {
            return new ExecutionResult(null, [tooLarge.Error]);
        }

        var errors = new List<GraphQLError>(execution.Errors.Count + shaper.AccessErrors.Count);
        foreach (var error in execution.Errors)
        {
            errors.Add(restricted && IsUnder(error.Path, shaper.RestrictedPaths) ? Withheld(error) : error);
        }

        errors.AddRange(shaper.AccessErrors);

        // Apollo Gateway drops shaping errors when a fetch failed (they only repeat that failure) and
        // otherwise reports them outside `errors`; see FederatedExecutionOptions.ReportValueCompletionErrors.
        if (_options.ReportValueCompletionErrors && execution.Errors.Count == 0)
        {
            errors.AddRange(shaper.CompletionErrors);
        }

        return new ExecutionResult(data, errors);
    }

    /// <summary>
    /// Whether a subgraph error concerns a masked or denied field: its path runs through one, or it has no path
    /// (it could concern anything). Subgraph messages often quote the value that failed.
    /// </summary>
    private static bool IsUnder(IReadOnlyList<object>? path, List<object[]> restricted)
    {
        if (path is null)
        {
            return true;
        }

        foreach (var prefix in restricted)
        {
            if (prefix.Length > path.Count)
            {
                continue;
            }

            var matches = true;
            for (var i = 0; i < prefix.Length && matches; i++)
            {
                matches = Equals(prefix[i], path[i]);
            }

            if (matches)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The error with its message and extensions (which may quote values) replaced; its path and code kept.</summary>
    private static GraphQLError Withheld(GraphQLError error)
    {
        var extensions = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (error.Extensions?.GetValueOrDefault("code") is { } code)
        {
            extensions["code"] = code;
        }

        if (error.Extensions?.GetValueOrDefault("serviceName") is { } service)
        {
            extensions["serviceName"] = service;
        }

        return new GraphQLError(
            "A subgraph reported an error on data this request may not read as it is; its message is withheld.",
            error.Locations, error.Path, extensions);
    }
}
