namespace Gateway.Federation.Execution;

/// <summary>
/// Merges what a fetch returned into the response built so far, as Apollo Gateway's <c>deepMerge</c> does:
/// objects merge key by key, lists of the same length element by element, anything else replaces.
/// </summary>
internal static class ResultMerger
{
    public static void Merge(Dictionary<string, object?> target, Dictionary<string, object?> source)
    {
        foreach (var (key, value) in source)
        {
            target[key] = target.TryGetValue(key, out var existing) ? MergeValue(existing, value) : value;
        }
    }

    /// <summary>
    /// <see cref="Merge"/> for a source that stays shared (one entity answer standing for several entities):
    /// the objects and lists it holds are copied, so later merges into one target never reach another.
    /// Its scalars need no copy, and the top-level object is never stored, so only nested values cost.
    /// </summary>
    public static void MergeCopy(Dictionary<string, object?> target, Dictionary<string, object?> source)
    {
        foreach (var (key, value) in source)
        {
            var own = value is Dictionary<string, object?> or List<object?> ? DeepCopy.Value(value) : value;
            target[key] = target.TryGetValue(key, out var existing) ? MergeValue(existing, own) : own;
        }
    }

    private static object? MergeValue(object? existing, object? incoming)
    {
        switch (existing)
        {
            case Dictionary<string, object?> existingMap when incoming is Dictionary<string, object?> incomingMap:
                Merge(existingMap, incomingMap);
                return existingMap;
            case List<object?> existingList when incoming is List<object?> incomingList && existingList.Count == incomingList.Count:
                for (var i = 0; i < existingList.Count; i++)
                {
                    existingList[i] = MergeValue(existingList[i], incomingList[i]);
                }

                return existingList;
            default:
                return incoming;
        }
    }
}
