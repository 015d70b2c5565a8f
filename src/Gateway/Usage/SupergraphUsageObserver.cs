using System.Numerics;
using Gateway.Federation.Execution;

namespace Gateway.Usage;

/// <summary>One supergraph generation's view of the usage counters: its subgraphs' counters by position, so a fetch is counted with an array index.</summary>
internal sealed class SupergraphUsageObserver(SubgraphUsageCounters[] counters, ProductUsageMeter meter) : ISubgraphFetchObserver
{
    public void FetchCompleted(int subgraph, long elapsedTicks, bool failed)
    {
        var target = counters[subgraph];
        target.RecordFetch(elapsedTicks);
        meter.RecordFetchDuration(target, elapsedTicks);
    }

    public void OperationCompleted(ReadOnlySpan<ulong> fetched, ReadOnlySpan<ulong> failed)
    {
        for (var word = 0; word < fetched.Length; word++)
        {
            var bits = fetched[word];
            while (bits != 0)
            {
                var bit = BitOperations.TrailingZeroCount(bits);
                bits &= bits - 1;
                counters[(word << 6) + bit].RecordOperation((failed[word] & (1UL << bit)) != 0);
            }
        }
    }
}
