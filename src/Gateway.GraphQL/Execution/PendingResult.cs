namespace Gateway.GraphQL.Execution;

/// <summary>
/// A completed value that is not ready yet. Synchronous resolution returns values directly; only the
/// parts of a response that wait on an incomplete resolver are wrapped in one of these.
/// </summary>
internal sealed class PendingResult(Task<object?> task)
{
    public Task<object?> Task { get; } = task;
}
