using Gateway.Catalog.Storage.Postgres;
using Gateway.Catalog.Tests.Storage;
using Gateway.Registry;
using Npgsql;

namespace Gateway.Tests.Registry;

/// <summary>Gateway replicas sharing one PostgreSQL store: concurrent changes all land, in one version sequence.</summary>
public sealed class PostgresReplicaTests
{
    private const string ExtraBOnlySdl = RegistrySubgraphs.Link + "\ntype Query { extraB: String }\n";

    [Fact]
    public async Task Concurrent_changes_from_two_replicas_both_land_and_both_replicas_converge()
    {
        await using var cluster = await PostgresCluster.StartAsync();
        var database = await cluster.CreateDatabaseAsync("registry");
        await using var subgraphs = await RegistrySubgraphs.StartAsync();
        await using var first = await RegistryGateway.StartAsync(await PostgresCatalogStore.OpenAsync(database, CancellationToken.None));
        await using var second = await RegistryGateway.StartAsync(await PostgresCatalogStore.OpenAsync(database, CancellationToken.None));
        await first.Registry.RegisterAsync(new SubgraphChange("base", subgraphs.BaseUrl, RegistrySubgraphs.BaseSdl), CancellationToken.None);

        var changes = await Task.WhenAll(
            first.Registry.RegisterAsync(new SubgraphChange("extra", subgraphs.ExtraUrl, RegistrySubgraphs.ExtraASdl), CancellationToken.None),
            second.Registry.RegisterAsync(new SubgraphChange("extra-b", subgraphs.ExtraUrl, ExtraBOnlySdl), CancellationToken.None));
        await first.Registry.FollowAsync(CancellationToken.None);
        await second.Registry.FollowAsync(CancellationToken.None);

        Assert.Equal([2L, 3L], changes.Select(change => change.Supergraph!.Version).Order());
        Assert.Equal((3L, 3L), (first.Live.Version, second.Live.Version));
        Assert.Equal("""{"data":{"base":"base","extraA":"A","extraB":"B"}}""", (await first.QueryAsync("{ base extraA extraB }")).Body);
        Assert.Equal("""{"data":{"base":"base","extraA":"A","extraB":"B"}}""", (await second.QueryAsync("{ base extraA extraB }")).Body);
        NpgsqlConnection.ClearAllPools();
    }
}
