using Gateway.Publishing;
using Gateway.Subgraph;
using Gateway.Subgraph.Hosting;
using Gateway.Tests.Publishing;
using Gateway.Tests.Registry;
using Microsoft.AspNetCore.Builder;

namespace Gateway.Tests.Usage;

/// <summary>Products of the sales domain whose subgraph answers one root field, <c>Query.{name}Count</c>, with <c>{name}Count-value</c>.</summary>
public static class RootFieldProducts
{
    /// <summary>Starts the product's subgraph on a loopback port and publishes the product through the rig; returns the subgraph (to stop it).</summary>
    public static async Task<WebApplication> PublishAsync(PublishingRig rig, string name)
    {
        var field = name + "Count";
        var (descriptor, contract, sdl) = TestProducts.RootFieldProduct(name, field);
        var server = SubgraphServer.Create(
            new SubgraphBuilder(sdl).Resolve($"Query.{field}", _ => ValueTask.FromResult<object?>($"{field}-value")).Build(),
            ["http://127.0.0.1:0"], configureBuilder: RegistrySubgraphs.Quiet);
        await server.StartAsync();
        var published = await rig.Publisher.PublishAsync(new PublishRequest(descriptor, contract, SubgraphServer.ListeningUrl(server)), CancellationToken.None);
        Assert.Equal(PublishStatus.Published, published.Status);
        return server;
    }
}
