using Gateway.Federation.Supergraphs;
using Gateway.Federation.Transport;
using Gateway.GraphQL;
using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;
using Gateway.Http;
using Gateway.Security.Policies;
using Microsoft.AspNetCore.Http;

namespace Gateway.Federated;

/// <summary>
/// One served supergraph version with everything planned and pooled for it: its planner, its plans (which hang
/// off the documents of its own document cache) and its subgraph connections. Requests that started on it finish
/// on it; once <see cref="LiveSupergraph"/> retires it, the last of them lets its connections go, after a drain
/// delay that covers requests which picked it up but have not reached <see cref="ExecuteAsync"/> yet.
/// </summary>
public sealed class SupergraphGeneration : IOperationRunner
{
    // Requests running on this generation; -1 once its connections are released.
    private int _running;
    private volatile bool _retired;
    private readonly FederatedOperationRunner _runner;
    private readonly TimeSpan _drainDelay;
    private readonly string? _gatewayField;

    internal SupergraphGeneration(
        long version, Supergraph supergraph, SubgraphTransportOptions? transport, TimeSpan drainDelay, IGatewayRootField? gatewayField, FieldAccessPipeline? access,
        Usage.ProductUsageMeter? usage)
    {
        Version = version;
        Supergraph = supergraph;
        _drainDelay = drainDelay;
        _gatewayField = gatewayField?.Name;
        ServedSchema = gatewayField?.Extend(supergraph.ApiSchema) ?? supergraph.ApiSchema;
        _runner = new FederatedOperationRunner(supergraph, new Federation.Planning.QueryPlanner(supergraph).Plan, transport, access: access, usage: usage?.ObserverFor(supergraph));
    }

    /// <summary>The stored supergraph version (0 for one not from the registry).</summary>
    public long Version { get; }

    public Supergraph Supergraph { get; }

    /// <summary>What clients see: the supergraph's API schema, with the gateway's own root field when there is one.</summary>
    public Schema ServedSchema { get; }

    /// <summary>True once its connections are released: no request runs on it any more.</summary>
    public bool IsReleased => Volatile.Read(ref _running) < 0;

    public async Task<ExecutionResult> ExecuteAsync(
        DocumentNode document,
        string? operationName,
        IReadOnlyDictionary<string, object?>? variables,
        HttpContext context,
        CancellationToken cancellationToken)
    {
        if (_gatewayField is not null && Executor.GetOperation(document, operationName, out _) is { } operation)
        {
            switch (GatewayFieldUse(operation.SelectionSet, _gatewayField))
            {
                case FieldUse.Only:
                    return await Executor.ExecuteAsync(
                        ServedSchema,
                        new ExecutionRequest { Document = document, OperationName = operationName, VariableValues = variables, RequestContext = context },
                        cancellationToken);
                case FieldUse.Mixed:
                    return ExecutionResult.FromRequestErrors([new GraphQLError(
                        $"The root field '{_gatewayField}' is answered by the gateway itself and cannot share an operation with fields of the subgraphs; send it as an operation of its own.",
                        extensions: new Dictionary<string, object?> { ["code"] = "GATEWAY_FIELD_NOT_ALONE" })]);
            }
        }

        if (!TryEnter())
        {
            return ExecutionResult.FromRequestErrors([new GraphQLError(
                $"The supergraph (version {Version}) this request was validated against was replaced while the request waited; send it again.",
                extensions: new Dictionary<string, object?> { ["code"] = "SUPERGRAPH_REPLACED" })]);
        }

        try
        {
            return await _runner.ExecuteAsync(document, operationName, variables, context, cancellationToken);
        }
        finally
        {
            Leave();
        }
    }

    private enum FieldUse
    {
        None,
        Only,
        Mixed,
    }

    /// <summary>Whether the operation's root fields are the gateway's field alone, none of it, or a mix (fragments count as subgraph fields).</summary>
    private static FieldUse GatewayFieldUse(SelectionSetNode selectionSet, string gatewayField)
    {
        var gateway = false;
        var subgraphs = false;
        foreach (var selection in selectionSet.Selections)
        {
            if (selection is FieldNode field)
            {
                if (field.Name.Value == gatewayField)
                {
                    gateway = true;
                }
                else if (field.Name.Value != "__typename")
                {
                    subgraphs = true;
                }
            }
            else
            {
                subgraphs = true;
            }
        }

        return gateway ? (subgraphs ? FieldUse.Mixed : FieldUse.Only) : FieldUse.None;
    }

    /// <summary>Takes it out of service: its connections go once no request runs on it.</summary>
    internal void Retire()
    {
        _retired = true;
        if (Volatile.Read(ref _running) == 0)
        {
            ScheduleRelease();
        }
    }

    private bool TryEnter()
    {
        while (true)
        {
            var running = Volatile.Read(ref _running);
            if (running < 0)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref _running, running + 1, running) == running)
            {
                return true;
            }
        }
    }

    private void Leave()
    {
        if (Interlocked.Decrement(ref _running) == 0 && _retired)
        {
            ScheduleRelease();
        }
    }

    private void ScheduleRelease() =>
        _ = Task.Delay(_drainDelay).ContinueWith(
            static (_, state) => ((SupergraphGeneration)state!).TryRelease(),
            this,
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);

    private void TryRelease()
    {
        // Only when idle: a request that entered during the delay schedules the release again when it leaves.
        if (Interlocked.CompareExchange(ref _running, -1, 0) == 0)
        {
            _runner.Dispose();
        }
    }

    /// <summary>Releases the connections at once, whatever runs (when the gateway stops).</summary>
    internal void Release()
    {
        if (Interlocked.Exchange(ref _running, -1) >= 0)
        {
            _runner.Dispose();
        }
    }
}
