using System.Diagnostics;
using Gateway.Federation.Planning;
using Gateway.Federation.Supergraphs;
using Gateway.Federation.Transport;
using Gateway.GraphQL;
using Gateway.GraphQL.Types;

namespace Gateway.Federation.Execution;

/// <summary>
/// Runs one query plan (Apollo Gateway's <c>executeNode</c>): sequences in order, parallel branches
/// concurrently, each fetch merged into one response tree as it lands. Fetches run outside the lock; reading
/// entities at a flatten path and merging results back happen under it, so concurrent branches see whole
/// merges only. A failed fetch adds its error and leaves its fields absent; response shaping turns absent
/// fields into nulls afterwards.
/// </summary>
internal sealed class PlanExecution
{
    private const string RepresentationsVariable = "representations";
    private const string EntitiesField = "_entities";

    private readonly Supergraph _supergraph;
    private readonly SubgraphClientPool _clients;
    private readonly IReadOnlyDictionary<string, object?>? _rawVariables;
    private readonly IReadOnlyDictionary<string, object?> _coercedVariables;
    private readonly CancellationToken _cancellationToken;
    private readonly ISubgraphFetchObserver? _observer;
    private readonly Lock _gate = new();
    private readonly List<GraphQLError> _errors = [];
    private SubgraphSet _fetched;
    private SubgraphSet _failed;

    public PlanExecution(
        Supergraph supergraph,
        SubgraphClientPool clients,
        IReadOnlyDictionary<string, object?>? rawVariables,
        IReadOnlyDictionary<string, object?> coercedVariables,
        ISubgraphFetchObserver? observer,
        CancellationToken cancellationToken)
    {
        _supergraph = supergraph;
        _clients = clients;
        _rawVariables = rawVariables;
        _coercedVariables = coercedVariables;
        _cancellationToken = cancellationToken;
        _observer = observer;
        if (observer is not null)
        {
            _fetched = new SubgraphSet(supergraph.Subgraphs.Count);
            _failed = new SubgraphSet(supergraph.Subgraphs.Count);
        }
    }

    /// <summary>The merged data of every fetch so far.</summary>
    public Dictionary<string, object?> Data { get; } = new(StringComparer.Ordinal);

    /// <summary>Errors of failed fetches and errors subgraphs returned, re-pathed to the client's response.</summary>
    public IReadOnlyList<GraphQLError> Errors => _errors;

    public Task ExecuteAsync(QueryPlan plan) => plan.Node is { } node ? ExecuteNodeAsync(node, []) : Task.CompletedTask;

    /// <summary>Tells the observer which subgraphs the finished plan fetched from and which of them failed.</summary>
    public void ReportOperation() =>
        _observer?.OperationCompleted(SubgraphSet.Words(ref _fetched), SubgraphSet.Words(ref _failed));

    private async Task ExecuteNodeAsync(PlanNode node, IReadOnlyList<string> path)
    {
        switch (node)
        {
            case SequenceNode sequence:
                foreach (var child in sequence.Nodes)
                {
                    await ExecuteNodeAsync(child, path).ConfigureAwait(false);
                }

                break;
            case ParallelNode parallel:
                var branches = new Task[parallel.Nodes.Count];
                for (var i = 0; i < branches.Length; i++)
                {
                    branches[i] = ExecuteNodeAsync(parallel.Nodes[i], path);
                }

                await Task.WhenAll(branches).ConfigureAwait(false);
                break;
            case FlattenNode flatten:
                await ExecuteNodeAsync(flatten.Node, [.. path, .. flatten.Path]).ConfigureAwait(false);
                break;
            case ConditionNode condition:
                // Validation made the variable a Boolean; coercion applied its default value.
                var branch = _coercedVariables.GetValueOrDefault(condition.Condition) is true ? condition.IfClause : condition.ElseClause;
                if (branch is not null)
                {
                    await ExecuteNodeAsync(branch, path).ConfigureAwait(false);
                }

                break;
            case FetchNode fetch:
                await ExecuteFetchAsync(fetch, path).ConfigureAwait(false);
                break;
            default:
                throw new NotSupportedException($"The executor does not run {node.GetType().Name} plan nodes.");
        }
    }

    private async Task ExecuteFetchAsync(FetchNode fetch, IReadOnlyList<string> path)
    {
        var client = _clients.Find(fetch.ServiceName);
        if (client is null)
        {
            AddError(new GraphQLError($"The query plan names the subgraph \"{fetch.ServiceName}\", which the supergraph does not define."));
            return;
        }

        List<FoundEntity> entities;
        EntityRepresentations? representations = null;
        lock (_gate)
        {
            entities = EntityFinder.Find(Data, path, _supergraph.SupergraphSchema);
            if (fetch.Requires is { } requires && entities.Count > 0)
            {
                representations = EntityRepresentations.Build(_supergraph.SupergraphSchema, entities, requires, fetch.InputRewrites);
            }
        }

        if (entities.Count == 0 || representations is { Count: 0 })
        {
            return;
        }

        var variables = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var name in fetch.VariableUsages)
        {
            // Forwarded as the client sent them (Apollo Gateway does the same): the subgraph applies defaults.
            if (_rawVariables is not null && _rawVariables.TryGetValue(name, out var value))
            {
                variables[name] = value;
            }
        }

        if (representations is not null)
        {
            variables[RepresentationsVariable] = new JsonText(representations.Json);
        }

        // The clock is read only when usage is measured: two reads per fetch, far below a network round trip.
        var started = _observer is null ? 0 : Stopwatch.GetTimestamp();
        var response = await client.SendAsync(new SubgraphRequest(fetch.Operation, variables, fetch.OperationName), _cancellationToken)
            .ConfigureAwait(false);
        var failed = false;
        if (_observer is not null)
        {
            failed = response.Failure is not null || response.Errors.Count > 0;
            _observer.FetchCompleted(client.Index, Stopwatch.GetTimestamp() - started, failed);
        }

        lock (_gate)
        {
            if (_observer is not null)
            {
                _fetched.Add(client.Index);
                if (failed)
                {
                    _failed.Add(client.Index);
                }
            }

            if (response.Failure is { } failure)
            {
                _errors.Add(failure);
                return;
            }

            foreach (var error in response.Errors)
            {
                _errors.Add(SubgraphErrors.ToClientError(error, client.Subgraph.DisplayName, entities, representations));
            }

            if (response.Data is not { } data)
            {
                return;
            }

            foreach (var rewrite in fetch.OutputRewrites)
            {
                var roots = representations is null ? data : data.GetValueOrDefault(EntitiesField);
                Rename(roots, rewrite.Path, 0, rewrite.RenameKeyTo);
            }

            if (representations is null)
            {
                foreach (var entity in entities)
                {
                    ResultMerger.Merge(entity.Value, data);
                }

                return;
            }

            MergeEntities(client.Subgraph.DisplayName, data, entities, representations);
        }
    }

    private void MergeEntities(string subgraph, Dictionary<string, object?> data, List<FoundEntity> entities, EntityRepresentations representations)
    {
        if (data.GetValueOrDefault(EntitiesField) is not List<object?> received)
        {
            // A subgraph that failed the whole _entities field sends "_entities": null with its error.
            if (data.GetValueOrDefault(EntitiesField) is not null || !data.ContainsKey(EntitiesField))
            {
                _errors.Add(SubgraphResponse.Error(subgraph, SubgraphErrorCodes.InvalidResponse,
                    $"The subgraph \"{subgraph}\" answered an entity fetch without a \"data._entities\" list."));
            }

            return;
        }

        if (received.Count != representations.Count)
        {
            _errors.Add(SubgraphResponse.Error(subgraph, SubgraphErrorCodes.InvalidResponse,
                $"The subgraph \"{subgraph}\" returned {received.Count} entities for {representations.Count} representations."));
            return;
        }

        for (var i = 0; i < entities.Count; i++)
        {
            var index = representations.EntityIndexes[i];
            if (index < 0 || received[index] is not Dictionary<string, object?> entity)
            {
                continue;
            }

            // Entities de-duplicated into one representation share the returned object: the others get copies
            // of what it holds, so later merges into one entity never leak into another.
            if (representations.FirstEntity[index] == i)
            {
                ResultMerger.Merge(entities[i].Value, entity);
            }
            else
            {
                ResultMerger.MergeCopy(entities[i].Value, entity);
            }
        }
    }

    /// <summary>Renames an aliased key back to the client's response name (the plan's output rewrites).</summary>
    private void Rename(object? value, IReadOnlyList<string> path, int index, string renameTo)
    {
        switch (value)
        {
            case List<object?> list:
                foreach (var item in list)
                {
                    Rename(item, path, index, renameTo);
                }

                break;
            case Dictionary<string, object?> obj:
                var segment = path[index];
                if (segment.StartsWith("... on ", StringComparison.Ordinal))
                {
                    var condition = segment["... on ".Length..];
                    // An aliased key is only there when its fragment applied; __typename (absent at the top
                    // of an entity fetch's selections) only narrows the walk.
                    if (obj.GetValueOrDefault("__typename") is string typename
                        && typename != condition && !IsPossibleType(typename, condition))
                    {
                        return;
                    }

                    Rename(obj, path, index + 1, renameTo);
                }
                else if (index == path.Count - 1)
                {
                    if (obj.Remove(segment, out var renamed))
                    {
                        // The client's name may already hold part of the value (another fragment's selections).
                        if (renamed is Dictionary<string, object?> source && obj.GetValueOrDefault(renameTo) is Dictionary<string, object?> existing)
                        {
                            ResultMerger.Merge(existing, source);
                        }
                        else
                        {
                            obj[renameTo] = renamed;
                        }
                    }
                }
                else
                {
                    Rename(obj.GetValueOrDefault(segment), path, index + 1, renameTo);
                }

                break;
        }
    }

    private bool IsPossibleType(string typename, string condition) =>
        _supergraph.SupergraphSchema.GetType(condition) is { } type and not ObjectType
        && _supergraph.SupergraphSchema.GetPossibleTypes(type).Any(possible => possible.Name == typename);

    private void AddError(GraphQLError error)
    {
        lock (_gate)
        {
            _errors.Add(error);
        }
    }
}
