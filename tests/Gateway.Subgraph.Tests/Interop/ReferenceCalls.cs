using System.Collections.Concurrent;

namespace Gateway.Subgraph.Tests.Interop;

/// <summary>The reference resolver calls the rail subgraphs received, as <c>subgraph Type xN</c> (N representations or keys).</summary>
public sealed class ReferenceCalls
{
    private readonly ConcurrentQueue<string> _calls = new();

    public void Record(string call, int count) => _calls.Enqueue($"{call} x{count}");

    /// <summary>The calls since the last take, sorted (subgraphs answer concurrently), and forgets them.</summary>
    public List<string> Take()
    {
        var taken = new List<string>();
        while (_calls.TryDequeue(out var call))
        {
            taken.Add(call);
        }

        taken.Sort(StringComparer.Ordinal);
        return taken;
    }
}
