using System.Buffers;

namespace Gateway.Federation.Execution;

/// <summary>
/// The distinct representations of one entity fetch, appended to one JSON array as they are found and
/// recognized by their encoded bytes: no text key per entity, and what is sent is what was compared.
/// </summary>
internal sealed class DistinctRepresentations
{
    private readonly ArrayBufferWriter<byte> _json;
    private readonly List<(int Start, int Length)> _ranges = [];
    private readonly Dictionary<int, int> _lastWithHash = [];
    private readonly List<int> _previousWithHash = [];

    /// <param name="json">The array being written; its opening bracket is already there.</param>
    public DistinctRepresentations(ArrayBufferWriter<byte> json) => _json = json;

    public int Count => _ranges.Count;

    /// <summary>Finds a representation already added with exactly these bytes.</summary>
    public bool TryFind(ReadOnlySpan<byte> encoded, out int index)
    {
        if (_lastWithHash.TryGetValue(Hash(encoded), out index))
        {
            for (; index >= 0; index = _previousWithHash[index])
            {
                var (start, length) = _ranges[index];
                if (_json.WrittenSpan.Slice(start, length).SequenceEqual(encoded))
                {
                    return true;
                }
            }
        }

        index = -1;
        return false;
    }

    /// <summary>Appends a representation not seen before; returns its index.</summary>
    public int Add(ReadOnlySpan<byte> encoded)
    {
        var index = _ranges.Count;
        if (index > 0)
        {
            _json.Write(","u8);
        }

        _ranges.Add((_json.WrittenCount, encoded.Length));
        _json.Write(encoded);
        var hash = Hash(encoded);
        _previousWithHash.Add(_lastWithHash.TryGetValue(hash, out var previous) ? previous : -1);
        _lastWithHash[hash] = index;
        return index;
    }

    private static int Hash(ReadOnlySpan<byte> encoded)
    {
        var hash = new HashCode();
        hash.AddBytes(encoded);
        return hash.ToHashCode();
    }
}
