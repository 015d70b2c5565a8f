namespace Gateway.GraphQL.Execution;

/// <summary>
/// The data loaders of one request, by name, reached from resolvers through
/// <see cref="FieldContext.DataLoaders"/>. The executor dispatches their queued keys whenever it runs out of
/// synchronous work, which makes batches follow the levels of the response deterministically.
/// </summary>
public sealed class DataLoaderRegistry
{
    private readonly Dictionary<string, IBatchDispatch> _loaders = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private TaskCompletionSource? _workSignal;

    /// <summary>The loader registered under <paramref name="name"/>, created with <paramref name="batch"/> on first use.</summary>
    public DataLoader<TKey, TValue> GetOrAdd<TKey, TValue>(
        string name,
        Func<IReadOnlyList<TKey>, CancellationToken, ValueTask<IReadOnlyDictionary<TKey, TValue>>> batch)
        where TKey : notnull
    {
        lock (_gate)
        {
            if (_loaders.TryGetValue(name, out var existing))
            {
                return existing as DataLoader<TKey, TValue>
                    ?? throw new InvalidOperationException($"The data loader \"{name}\" was registered with other key or value types.");
            }

            var loader = new DataLoader<TKey, TValue>(batch, null, this);
            _loaders[name] = loader;
            return loader;
        }
    }

    internal bool HasQueuedKeys
    {
        get
        {
            lock (_gate)
            {
                foreach (var loader in _loaders.Values)
                {
                    if (loader.HasQueuedKeys)
                    {
                        return true;
                    }
                }

                return false;
            }
        }
    }

    /// <summary>Dispatches every loader with queued keys, one after the other, in registration order.</summary>
    internal async Task DispatchAsync(CancellationToken cancellationToken)
    {
        IBatchDispatch[] loaders;
        lock (_gate)
        {
            loaders = [.. _loaders.Values];
        }

        foreach (var loader in loaders)
        {
            if (loader.HasQueuedKeys)
            {
                await loader.DispatchAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>A task that completes when a key is next queued.</summary>
    internal Task WaitForWorkAsync()
    {
        lock (_gate)
        {
            _workSignal ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return _workSignal.Task;
        }
    }

    internal void SignalWork()
    {
        TaskCompletionSource? signal;
        lock (_gate)
        {
            signal = _workSignal;
            _workSignal = null;
        }

        signal?.TrySetResult();
    }
}
