namespace Gateway.Search.Tests.Indexing;

/// <summary>
/// A real index that crashes on chosen calls: on the call numbered <see cref="CrashOnCall"/> it indexes the first half
/// of the batch and then throws, as a process killed mid-batch would leave it.
/// </summary>
public sealed class CrashingIndex(ISearchIndex inner) : ISearchIndex
{
    private int _calls;

    public int CrashOnCall { get; init; } = 1;

    /// <summary>How many calls in a row crash from <see cref="CrashOnCall"/> on.</summary>
    public int Crashes { get; init; } = 1;

    /// <summary>Completes once a batch was indexed whole.</summary>
    public TaskCompletionSource Indexed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Kind => inner.Kind;

    public Task InitializeAsync(CancellationToken cancellationToken) => inner.InitializeAsync(cancellationToken);

    public async Task IndexAsync(IReadOnlyList<SearchDocument> documents, CancellationToken cancellationToken)
    {
        var call = Interlocked.Increment(ref _calls);
        if (call >= CrashOnCall && call < CrashOnCall + Crashes)
        {
            await inner.IndexAsync([.. documents.Take(documents.Count / 2)], cancellationToken);
            throw new IOException($"The index went away during call {call}.");
        }

        await inner.IndexAsync(documents, cancellationToken);
        Indexed.TrySetResult();
    }

    public Task RemoveAsync(IReadOnlyList<string> productUrns, CancellationToken cancellationToken) => inner.RemoveAsync(productUrns, cancellationToken);

    public Task<SearchResults> SearchAsync(SearchQuery query, SearchViewer viewer, CancellationToken cancellationToken) =>
        inner.SearchAsync(query, viewer, cancellationToken);

    public Task<IReadOnlyList<SearchSuggestion>> SuggestAsync(string prefix, int max, SearchViewer viewer, CancellationToken cancellationToken) =>
        inner.SuggestAsync(prefix, max, viewer, cancellationToken);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
