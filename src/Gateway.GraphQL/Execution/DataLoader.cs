namespace Gateway.GraphQL.Execution;

/// <summary>
/// Batches and caches loads of one kind of value for one request. Keys asked for while the executor works
/// through a level of the response are queued; when the executor has no synchronous work left it dispatches
/// every queued key in one call of the batch function. Keys are deduplicated and their results cached for
/// the request. Keys the batch function does not return load as <c>default</c>.
/// </summary>
public sealed class DataLoader<TKey, TValue> : IBatchDispatch
    where TKey : notnull
{
    private readonly Func<IReadOnlyList<TKey>, CancellationToken, ValueTask<IReadOnlyDictionary<TKey, TValue>>> _batch;
    private readonly Dictionary<TKey, TaskCompletionSource<TValue?>> _cache;
    private readonly Lock _gate = new();
    private readonly DataLoaderRegistry? _registry;
    private List<KeyValuePair<TKey, TaskCompletionSource<TValue?>>> _queue = [];

    public DataLoader(
        Func<IReadOnlyList<TKey>, CancellationToken, ValueTask<IReadOnlyDictionary<TKey, TValue>>> batch,
        IEqualityComparer<TKey>? comparer = null)
        : this(batch, comparer, null)
    {
    }

    internal DataLoader(
        Func<IReadOnlyList<TKey>, CancellationToken, ValueTask<IReadOnlyDictionary<TKey, TValue>>> batch,
        IEqualityComparer<TKey>? comparer,
        DataLoaderRegistry? registry)
    {
        _batch = batch;
        _cache = new Dictionary<TKey, TaskCompletionSource<TValue?>>(comparer);
        _registry = registry;
    }

    /// <summary>How many times the batch function has been called.</summary>
    public int BatchCount { get; private set; }

    public bool HasQueuedKeys
    {
        get
        {
            lock (_gate)
            {
                return _queue.Count > 0;
            }
        }
    }

    /// <summary>Queues the key for the next batch, or answers from the request's cache.</summary>
    public ValueTask<TValue?> LoadAsync(TKey key)
    {
        TaskCompletionSource<TValue?> completion;
        lock (_gate)
        {
            if (_cache.TryGetValue(key, out var cached))
            {
                return cached.Task.IsCompletedSuccessfully ? new ValueTask<TValue?>(cached.Task.Result) : new ValueTask<TValue?>(cached.Task);
            }

            // Continuations run inline when the batch completes, so every load they make in turn is
            // queued before the executor looks for the next batch: batching is by level, not by timing.
            completion = new TaskCompletionSource<TValue?>();
            _cache[key] = completion;
            _queue.Add(new(key, completion));
        }

        _registry?.SignalWork();
        return new ValueTask<TValue?>(completion.Task);
    }

    /// <summary>Sends every queued key to the batch function in one call and completes their loads.</summary>
    public async Task DispatchAsync(CancellationToken cancellationToken = default)
    {
        List<KeyValuePair<TKey, TaskCompletionSource<TValue?>>> queue;
        lock (_gate)
        {
            if (_queue.Count == 0)
            {
                return;
            }

            queue = _queue;
            _queue = [];
            BatchCount++;
        }

        var keys = new TKey[queue.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = queue[i].Key;
        }

        IReadOnlyDictionary<TKey, TValue> values;
        try
        {
            values = await _batch(keys, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            foreach (var (_, completion) in queue)
            {
                completion.TrySetException(exception);
            }

            return;
        }

        foreach (var (key, completion) in queue)
        {
            completion.TrySetResult(values.TryGetValue(key, out var value) ? value : default);
        }
    }
}
