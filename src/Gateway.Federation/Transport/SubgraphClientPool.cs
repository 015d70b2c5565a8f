using Gateway.Federation.Supergraphs;

namespace Gateway.Federation.Transport;

/// <summary>
/// One <see cref="SubgraphClient"/> per subgraph of a supergraph, created up front so every request reuses
/// the same connection pools and circuit breakers. Lives as long as the supergraph is served.
/// </summary>
public sealed class SubgraphClientPool : IDisposable
{
    private readonly Dictionary<string, SubgraphClient> _clients;

    public SubgraphClientPool(Supergraph supergraph, SubgraphTransportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(supergraph);
        _clients = new Dictionary<string, SubgraphClient>(StringComparer.Ordinal);
        for (var index = 0; index < supergraph.Subgraphs.Count; index++)
        {
            var subgraph = supergraph.Subgraphs[index];
            var client = new SubgraphClient(subgraph, options) { Index = index };

            // Plans name subgraphs by their display name (Apollo's serviceName); join__Graph values reach here too.
            _clients[subgraph.DisplayName] = client;
            _clients.TryAdd(subgraph.Name, client);
        }
    }

    /// <summary>The client for a plan's <c>serviceName</c>.</summary>
    public SubgraphClient? Find(string serviceName) => _clients.GetValueOrDefault(serviceName);

    public void Dispose()
    {
        foreach (var client in _clients.Values.Distinct())
        {
            client.Dispose();
        }
    }
}
