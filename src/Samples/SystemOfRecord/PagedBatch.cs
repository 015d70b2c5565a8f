namespace Gateway.Samples.SystemOfRecord;

/// <summary>
/// The data loader of one page of a nested list (<c>User.orders(limit: 3)</c>): its name within a request, which
/// keeps pages apart, and its batch function. Made once per page and reused, so resolving the field for each
/// parent allocates neither the name nor the function.
/// </summary>
public sealed record PagedBatch<T>(string LoaderName, Func<IReadOnlyList<string>, CancellationToken, ValueTask<IReadOnlyDictionary<string, IReadOnlyList<T>>>> Load);
