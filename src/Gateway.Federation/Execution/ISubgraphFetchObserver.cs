namespace Gateway.Federation.Execution;

/// <summary>
/// Told of every subgraph fetch and every operation the federated executor runs, to measure usage per subgraph.
/// Both calls come on the request path, concurrently from many requests: an implementation must only count (no
/// locks, no allocation, no I/O). Subgraphs are named by their position in <see cref="Supergraphs.Supergraph.Subgraphs"/>.
/// </summary>
public interface ISubgraphFetchObserver
{
    /// <summary>A fetch came back (or failed) after <paramref name="elapsedTicks"/> <see cref="System.Diagnostics.Stopwatch"/> ticks.</summary>
    /// <param name="subgraph">The subgraph's position in the supergraph.</param>
    /// <param name="elapsedTicks">From sending the request to its response (retries included).</param>
    /// <param name="failed">The fetch failed as a whole or the subgraph answered errors.</param>
    void FetchCompleted(int subgraph, long elapsedTicks, bool failed);

    /// <summary>
    /// An operation's plan ran: bit <c>i % 64</c> of word <c>i / 64</c> of <paramref name="fetched"/> is set when it fetched from
    /// subgraph <c>i</c>, and of <paramref name="failed"/> when one of those fetches failed. Not called for an operation
    /// refused before its plan ran.
    /// </summary>
    void OperationCompleted(ReadOnlySpan<ulong> fetched, ReadOnlySpan<ulong> failed);
}
