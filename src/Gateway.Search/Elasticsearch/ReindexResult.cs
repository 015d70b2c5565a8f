namespace Gateway.Search.Elasticsearch;

/// <summary>
/// What a reindex did: the new index the alias now points to, how many products it holds, the indexes the alias
/// pointed to before (deleted), and any of those that could not be deleted (the alias no longer points to them; delete
/// them by hand).
/// </summary>
public sealed record ReindexResult(string Index, long Documents, IReadOnlyList<string> PreviousIndices, IReadOnlyList<string> PreviousIndicesNotDeleted);
