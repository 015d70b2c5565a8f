namespace Gateway.GraphQL.Execution;

/// <summary>A loader whose queued keys can be sent as one batch; implemented by <see cref="DataLoader{TKey, TValue}"/>.</summary>
internal interface IBatchDispatch
{
    bool HasQueuedKeys { get; }

    Task DispatchAsync(CancellationToken cancellationToken);
}
