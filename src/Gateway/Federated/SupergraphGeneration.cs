using Gateway.Federation.Supergraphs;
using Gateway.Federation.Transport;
using Gateway.GraphQL;
using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Language;
using Gateway.Http;
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

    internal SupergraphGeneration(long version, Supergraph supergraph, SubgraphTransportOptions? transport, TimeSpan drainDelay)
    {
        Version = version;
        Supergraph = supergraph;
        _drainDelay = drainDelay;
        _runner = new FederatedOperationRunner(supergraph, new Federation.Planning.QueryPlanner(supergraph).Plan, transport);
    }

    /// <summary>The stored supergraph version (0 for one not from the registry).</summary>
    public long Version { get; }

    public Supergraph Supergraph { get; }

    /// <summary>True once its connections are released: no request runs on it any more.</summary>
    public bool IsReleased => Volatile.Read(ref _running) < 0;

    public async Task<ExecutionResult> ExecuteAsync(
        DocumentNode document,
        string? operationName,
        IReadOnlyDictionary<string, object?>? variables,
        HttpContext context,
        CancellationToken cancellationToken)
    {
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
