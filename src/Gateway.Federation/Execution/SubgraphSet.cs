using System.Runtime.InteropServices;

namespace Gateway.Federation.Execution;

/// <summary>
/// A set of subgraphs by position, as bits: one word inline (supergraphs of up to 64 subgraphs allocate nothing), an
/// array beyond. Not thread-safe: the plan execution adds under its lock.
/// </summary>
internal struct SubgraphSet
{
    private ulong _first;
    private readonly ulong[]? _words;

    public SubgraphSet(int subgraphs)
    {
        _words = subgraphs > 64 ? new ulong[(subgraphs + 63) >> 6] : null;
    }

    public void Add(int subgraph)
    {
        if (_words is null)
        {
            _first |= 1UL << subgraph;
        }
        else
        {
            _words[subgraph >> 6] |= 1UL << (subgraph & 63);
        }
    }

    /// <summary>The bits, word by word (see <see cref="ISubgraphFetchObserver.OperationCompleted"/>).</summary>
    public static ReadOnlySpan<ulong> Words(ref SubgraphSet set) =>
        set._words ?? MemoryMarshal.CreateReadOnlySpan(ref set._first, 1);
}
