using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Gateway.Federation.Execution;
using Gateway.Federation.Planning;
using Gateway.Federation.Supergraphs;
using Gateway.Federation.Transport;
using Gateway.GraphQL;
using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Language;
using Gateway.Http;
using Gateway.Security.Policies;
using Microsoft.AspNetCore.Http;

namespace Gateway.Federated;

/// <summary>
/// Answers the endpoint's validated documents from a supergraph's subgraphs: plans each operation once (plans
/// hang off the cached document, so they live exactly as long as it does) and runs the plan with the
/// federated executor over pooled subgraph connections. Plan-cache hits, misses and planning times go to
/// <see cref="Metrics"/>. With an access pipeline, every operation is authorized before it is planned (a refused
/// one fetches nothing) and runs with its request's field decisions; plans stay shared, as they do not depend
/// on who asks.
/// </summary>
public sealed class FederatedOperationRunner : IOperationRunner, IDisposable
{
    private readonly Supergraph _supergraph;
    private readonly Func<DocumentNode, string?, QueryPlan> _plan;
    private readonly SubgraphClientPool _clients;
    private readonly FederatedExecutor _executor;
    private readonly ConditionalWeakTable<DocumentNode, ConcurrentDictionary<string, QueryPlan>> _plans = [];
    private readonly bool _ownsMetrics;
    private readonly OperationAuthorizer? _authorizer;
    private readonly SubjectIntrospection? _introspection;

    /// <param name="supergraph">The supergraph served.</param>
    /// <param name="plan">Plans an operation of a document (the query planner).</param>
    /// <param name="transport">Timeouts and circuit breaker settings for the subgraphs.</param>
    /// <param name="metrics">Where plan-cache hits and misses are counted; the runner makes (and disposes) its own when null.</param>
    /// <param name="access">Enforces the data contracts on every operation; every field is allowed when null.</param>
    /// <param name="usage">Told of every fetch and operation, to measure usage per subgraph; nothing is measured when null.</param>
    public FederatedOperationRunner(
        Supergraph supergraph,
        Func<DocumentNode, string?, QueryPlan> plan,
        SubgraphTransportOptions? transport = null,
        QueryPlanMetrics? metrics = null,
        FieldAccessPipeline? access = null,
        ISubgraphFetchObserver? usage = null)
    {
        _supergraph = supergraph;
        _plan = plan;
        _clients = new SubgraphClientPool(supergraph, transport);
        _executor = new FederatedExecutor(_clients, observer: usage);
        _ownsMetrics = metrics is null;
        Metrics = metrics ?? new QueryPlanMetrics();
        _authorizer = access?.For(supergraph.ApiSchema);
        _introspection = access is null ? null : new SubjectIntrospection(access, supergraph.ApiSchema);
    }

    /// <summary>The plan-cache and planning-time instruments this runner records to.</summary>
    public QueryPlanMetrics Metrics { get; }

    public async Task<ExecutionResult> ExecuteAsync(
        DocumentNode document,
        string? operationName,
        IReadOnlyDictionary<string, object?>? variables,
        HttpContext context,
        CancellationToken cancellationToken)
    {
        if (Executor.GetOperation(document, operationName, out var operationError) is not { } operation)
        {
            return ExecutionResult.FromRequestErrors([operationError!]);
        }

        IFieldAccessPolicy? policy = null;
        if (_authorizer is not null)
        {
            var authorization = await _authorizer.AuthorizeAsync(document, operationName, variables, context, cancellationToken);
            if (_introspection is not null && SubjectIntrospection.Selects(operation))
            {
                // Introspection answers what this subject may read at all (docs/access-policy.md, "Introspection").
                authorization = await _introspection.AuthorizeAsync(authorization, context, cancellationToken);
            }

            if (authorization.Errors is { } refused)
            {
                return ExecutionResult.FromRequestErrors(refused);
            }

            policy = authorization.Policy;
        }

        QueryPlan plan;
        try
        {
            var plans = _plans.GetOrCreateValue(document);
            var key = operationName ?? string.Empty;
            if (plans.TryGetValue(key, out var cached))
            {
                Metrics.RecordCacheHit();
                plan = cached;
            }
            else
            {
                // Two requests racing on a new document may both plan it: both are misses, one plan is kept.
                plan = plans.GetOrAdd(key, Metrics.PlanCold(_plan, document, operationName));
            }
        }
        catch (QueryPlanningException error)
        {
            return ExecutionResult.FromRequestErrors([new GraphQLError(error.Message, extensions: new Dictionary<string, object?> { ["code"] = "QUERY_PLANNING_FAILED" })]);
        }

        return await _executor.ExecuteAsync(_supergraph, plan, document, operationName, variables, policy, cancellationToken);
    }

    public void Dispose()
    {
        _clients.Dispose();
        if (_ownsMetrics)
        {
            Metrics.Dispose();
        }
    }
}
