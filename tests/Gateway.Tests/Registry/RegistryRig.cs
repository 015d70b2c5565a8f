namespace Gateway.Tests.Registry;

/// <summary>
/// The registry tests' setting: the two loopback subgraphs, a SQLite catalog in a temporary folder, and a gateway
/// over it with <c>base</c> registered (supergraph version 1).
/// </summary>
public sealed class RegistryRig : IAsyncDisposable
{
    private readonly TempDirectory _files;
    private readonly List<RegistryGateway> _replicas = [];

    private RegistryRig(TempDirectory files, RegistrySubgraphs subgraphs, RegistryGateway gateway)
    {
        _files = files;
        Subgraphs = subgraphs;
        Gateway = gateway;
    }

    public RegistrySubgraphs Subgraphs { get; }

    public RegistryGateway Gateway { get; }

    public static async Task<RegistryRig> StartAsync(bool adminApi = false)
    {
        var files = new TempDirectory();
        var subgraphs = await RegistrySubgraphs.StartAsync();
        var gateway = await RegistryGateway.StartAsync(files.PathOf("catalog.db"), adminApi);
        var rig = new RegistryRig(files, subgraphs, gateway);
        var registered = await gateway.Registry.RegisterAsync(new Gateway.Registry.SubgraphChange("base", subgraphs.BaseUrl, RegistrySubgraphs.BaseSdl), CancellationToken.None);
        Assert.True(registered.Succeeded, registered.Rejection ?? string.Join(" ", registered.Errors));
        return rig;
    }

    /// <summary>Another gateway on the same catalog; it serves nothing until it follows the store.</summary>
    public async Task<RegistryGateway> StartReplicaAsync()
    {
        var replica = await RegistryGateway.StartAsync(_files.PathOf("catalog.db"));
        _replicas.Add(replica);
        return replica;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var replica in _replicas)
        {
            await replica.DisposeAsync();
        }

        await Gateway.DisposeAsync();
        await Subgraphs.DisposeAsync();
        _files.Dispose();
    }
}
