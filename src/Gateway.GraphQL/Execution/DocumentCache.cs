using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Gateway.GraphQL.Execution;

/// <summary>
/// A bounded, thread-safe least-recently-used cache of values computed from query text (parsed and
/// validated documents). Entries are keyed by the SHA-256 of the text's UTF-8 bytes, so the map holds a
/// fixed-size key however large the query; a hit still compares the text in full, so two texts whose
/// hashes collide never share an entry. Lookups, insertions and evictions are O(1). Bounded by entries
/// and, optionally, by the total length of the cached texts (a document's size follows its text's).
/// </summary>
internal sealed class DocumentCache<TValue>
{
    // Texts up to this many UTF-8 bytes are hashed from the stack.
    private const int StackBytes = 1024;

    private readonly int _capacity;
    private readonly long _maxTotalCharacters;
    private readonly Dictionary<UInt128, Entry> _entries;
    private readonly Lock _gate = new();

    // The recency list: _newest is the entry used last, each entry links to the one used before it.
    private Entry? _newest;
    private Entry? _oldest;
    private long _totalCharacters;

    /// <param name="capacity">Most entries kept.</param>
    /// <param name="maxTotalCharacters">Most text characters kept in all; a longer text is computed but not kept.</param>
    public DocumentCache(int capacity, long maxTotalCharacters = long.MaxValue)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxTotalCharacters);
        _capacity = capacity;
        _maxTotalCharacters = maxTotalCharacters;
        _entries = new Dictionary<UInt128, Entry>(Math.Min(capacity, 1024));
    }

    public int Capacity => _capacity;

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>
    /// The cached value for <paramref name="text"/>, else <paramref name="create"/>'s, cached with the
    /// least recently used entry evicted when full. <paramref name="create"/> runs outside the lock, so two
    /// requests racing on a new text may both compute it; the later one is kept.
    /// </summary>
    public TValue GetOrAdd(string text, Func<string, TValue> create)
    {
        var key = Hash(text);
        lock (_gate)
        {
            if (_entries.TryGetValue(key, out var found) && string.Equals(found.Text, text, StringComparison.Ordinal))
            {
                MoveToNewest(found);
                return found.Value;
            }
        }

        var value = create(text);
        if (text.Length > _maxTotalCharacters)
        {
            return value;
        }

        lock (_gate)
        {
            if (_entries.Remove(key, out var stale))
            {
                // Same text computed twice by racing requests, or (astronomically rarely) a hash collision.
                Unlink(stale);
                _totalCharacters -= stale.Text.Length;
            }

            while (_oldest is not null && (_entries.Count >= _capacity || _totalCharacters + text.Length > _maxTotalCharacters))
            {
                var oldest = _oldest;
                Unlink(oldest);
                _entries.Remove(oldest.Key);
                _totalCharacters -= oldest.Text.Length;
            }

            _totalCharacters += text.Length;
            var entry = new Entry(key, text, value);
            _entries.Add(key, entry);
            LinkAsNewest(entry);
        }

        return value;
    }

    /// <summary>Whether <paramref name="text"/> is cached, without changing its recency.</summary>
    public bool Contains(string text)
    {
        var key = Hash(text);
        lock (_gate)
        {
            return _entries.TryGetValue(key, out var found) && string.Equals(found.Text, text, StringComparison.Ordinal);
        }
    }

    /// <summary>The first 128 bits of the SHA-256 of the UTF-8 text.</summary>
    private static UInt128 Hash(string text)
    {
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        var maxBytes = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (maxBytes <= StackBytes)
        {
            Span<byte> utf8 = stackalloc byte[StackBytes];
            var length = Encoding.UTF8.GetBytes(text, utf8);
            SHA256.HashData(utf8[..length], digest);
        }
        else
        {
            var rented = ArrayPool<byte>.Shared.Rent(maxBytes);
            var length = Encoding.UTF8.GetBytes(text, rented);
            SHA256.HashData(rented.AsSpan(0, length), digest);
            ArrayPool<byte>.Shared.Return(rented);
        }

        return BinaryPrimitives.ReadUInt128LittleEndian(digest);
    }

    private void MoveToNewest(Entry entry)
    {
        if (ReferenceEquals(entry, _newest))
        {
            return;
        }

        Unlink(entry);
        LinkAsNewest(entry);
    }

    private void LinkAsNewest(Entry entry)
    {
        entry.Older = _newest;
        entry.Newer = null;
        if (_newest is not null)
        {
            _newest.Newer = entry;
        }

        _newest = entry;
        _oldest ??= entry;
    }

    private void Unlink(Entry entry)
    {
        if (entry.Newer is null)
        {
            _newest = entry.Older;
        }
        else
        {
            entry.Newer.Older = entry.Older;
        }

        if (entry.Older is null)
        {
            _oldest = entry.Newer;
        }
        else
        {
            entry.Older.Newer = entry.Newer;
        }

        entry.Newer = null;
        entry.Older = null;
    }

    private sealed class Entry(UInt128 key, string text, TValue value)
    {
        public UInt128 Key { get; } = key;

        public string Text { get; } = text;

        public TValue Value { get; } = value;

        public Entry? Newer { get; set; }

        public Entry? Older { get; set; }
    }
}
