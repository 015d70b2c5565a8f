namespace Gateway.Http.Persisted;

/// <summary>
/// The server side of automatic persisted queries: hash to query text, least recently used first out.
/// Bounded by entries and by total characters, since any client may register queries and each can be
/// as large as the request body limit allows. Thread-safe; one lock, held only for dictionary and list
/// updates.
/// </summary>
public sealed class AutomaticPersistedQueryCache
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, LinkedListNode<Entry>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<Entry> _recency = new();
    private long _totalCharacters;

    /// <param name="capacity">Most queries kept.</param>
    /// <param name="maxTotalCharacters">Most query characters kept in all (default 16 Mi, about 32 MiB).</param>
    public AutomaticPersistedQueryCache(int capacity = 1000, long maxTotalCharacters = 16 * 1024 * 1024)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxTotalCharacters);
        Capacity = capacity;
        MaxTotalCharacters = maxTotalCharacters;
    }

    public int Capacity { get; }

    public long MaxTotalCharacters { get; }

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>The query registered under the lowercase hash, which becomes the most recently used.</summary>
    public bool TryGet(string hash, out string query)
    {
        lock (_lock)
        {
            if (_entries.TryGetValue(hash, out var node))
            {
                _recency.Remove(node);
                _recency.AddFirst(node);
                query = node.Value.Query;
                return true;
            }
        }

        query = string.Empty;
        return false;
    }

    /// <summary>
    /// Registers a query under its lowercase hash (the caller has verified the hash), evicting the least
    /// recently used entries past either bound. A query larger than the character bound is not kept.
    /// </summary>
    public void Set(string hash, string query)
    {
        if (query.Length > MaxTotalCharacters)
        {
            return;
        }

        lock (_lock)
        {
            if (_entries.TryGetValue(hash, out var existing))
            {
                _recency.Remove(existing);
                _totalCharacters -= existing.Value.Query.Length;
                _entries.Remove(hash);
            }

            var node = _recency.AddFirst(new Entry(hash, query));
            _entries[hash] = node;
            _totalCharacters += query.Length;
            while (_entries.Count > Capacity || _totalCharacters > MaxTotalCharacters)
            {
                var oldest = _recency.Last!;
                _recency.RemoveLast();
                _entries.Remove(oldest.Value.Hash);
                _totalCharacters -= oldest.Value.Query.Length;
            }
        }
    }

    private readonly record struct Entry(string Hash, string Query);
}
