using Gateway.Catalog.Model;
using Gateway.Registry;
using Gateway.Subgraph.Hosting;

namespace Gateway.Tests.Registry;

public sealed class SubgraphRegistryTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task A_change_that_does_not_compose_returns_every_error_stores_nothing_and_the_old_supergraph_keeps_serving()
    {
        await using var rig = await RegistryRig.StartAsync();
        var (subgraphs, gateway) = (rig.Subgraphs, rig.Gateway);
        const string Clashing = RegistrySubgraphs.Link + "\ntype Query { base: Int extraA: Strin }\n";

        var result = await gateway.Registry.RegisterAsync(new SubgraphChange("extra", subgraphs.ExtraUrl, Clashing), None);

        Assert.False(result.Succeeded);
        Assert.True(result.Errors.Count >= 1, string.Join(" ", result.Errors));
        Assert.All(result.Errors, error => Assert.False(string.IsNullOrEmpty(error.Code)));
        Assert.Equal(1, await gateway.Store.GetLatestSupergraphVersionAsync(None));
        Assert.Null(await gateway.Store.GetSubgraphAsync("extra", None));
        Assert.Equal(1, gateway.Live.Version);
        Assert.Equal((200, """{"data":{"base":"base"}}"""), await gateway.QueryAsync("{ base }"));
    }

    [Fact]
    public async Task Fields_that_two_subgraphs_both_own_are_rejected_with_the_composition_code()
    {
        await using var rig = await RegistryRig.StartAsync();
        var (subgraphs, gateway) = (rig.Subgraphs, rig.Gateway);

        var result = await gateway.Registry.RegisterAsync(new SubgraphChange("extra", subgraphs.ExtraUrl, RegistrySubgraphs.Link + "\ntype Query { base: String }\n"), None);

        Assert.Equal("INVALID_FIELD_SHARING", Assert.Single(result.Errors).Code);
        Assert.Equal(1, gateway.Live.Version);
    }

    [Fact]
    public async Task A_subgraph_type_that_the_catalog_api_names_is_refused_and_the_catalog_keeps_answering()
    {
        await using var rig = await RegistryRig.StartAsync();
        var (subgraphs, gateway) = (rig.Subgraphs, rig.Gateway);
        const string Clashing = RegistrySubgraphs.Link + "\ntype Query { listing: CatalogProduct }\ntype CatalogProduct { urn: String }\n";

        var result = await gateway.Registry.RegisterAsync(new SubgraphChange("extra", subgraphs.ExtraUrl, Clashing), None);

        var error = Assert.Single(result.Errors);
        Assert.Equal("RESERVED_TYPE_NAME", error.Code);
        Assert.Equal(["extra"], error.Subgraphs);
        Assert.Equal(["CatalogProduct"], error.Coordinates);
        Assert.Equal(1, await gateway.Store.GetLatestSupergraphVersionAsync(None));
        Assert.Equal((200, """{"data":{"catalog":{"products":{"totalCount":0}}}}"""), await gateway.QueryAsync("{ catalog { products { totalCount } } }"));
    }

    [Fact]
    public async Task Two_gateways_on_one_store_converge_on_the_newest_supergraph()
    {
        await using var rig = await RegistryRig.StartAsync();
        var (subgraphs, first) = (rig.Subgraphs, rig.Gateway);
        var second = await rig.StartReplicaAsync();
        await second.Registry.FollowAsync(None);
        await first.Registry.RegisterAsync(new SubgraphChange("extra", subgraphs.ExtraUrl, RegistrySubgraphs.ExtraASdl), None);

        // The second changes the store from what it serves (version 1): it composes again from version 2.
        var fromSecond = await second.Registry.RegisterAsync(new SubgraphChange("extra", subgraphs.ExtraUrl, RegistrySubgraphs.ExtraABSdl), None);
        var followed = await first.Registry.FollowAsync(None);

        Assert.Equal((3L, 3L, 3L), (fromSecond.Supergraph!.Version, followed, second.Live.Version));
        Assert.Equal("""{"data":{"base":"base","extraA":"A","extraB":"B"}}""", (await first.QueryAsync("{ base extraA extraB }")).Body);
        Assert.Equal("""{"data":{"base":"base","extraA":"A","extraB":"B"}}""", (await second.QueryAsync("{ base extraA extraB }")).Body);
    }

    [Fact]
    public async Task A_follower_loop_brings_a_replica_to_the_version_another_stored()
    {
        await using var rig = await RegistryRig.StartAsync();
        var (subgraphs, writer) = (rig.Subgraphs, rig.Gateway);
        var replica = await rig.StartReplicaAsync();
        using var stop = new CancellationTokenSource();
        var following = new SupergraphFollower(replica.Registry, new FollowerOptions { PollInterval = TimeSpan.FromMilliseconds(20) }).RunAsync(stop.Token);

        await writer.Registry.RegisterAsync(new SubgraphChange("extra", subgraphs.ExtraUrl, RegistrySubgraphs.ExtraASdl), None);
        await Eventually.HoldsAsync(() => Task.FromResult(replica.Live.Version >= 2));

        await stop.CancelAsync();
        await following;
        Assert.Equal("""{"data":{"base":"base","extraA":"A"}}""", (await replica.QueryAsync("{ base extraA }")).Body);
    }

    [Fact]
    public async Task Polling_subgraphs_registers_a_changed_sdl_through_the_same_composition()
    {
        await using var rig = await RegistryRig.StartAsync();
        var (subgraphs, gateway) = (rig.Subgraphs, rig.Gateway);
        SubgraphServer.Publish(subgraphs.Extra, RegistrySubgraphs.ExtraSubgraph(RegistrySubgraphs.ExtraASdl));
        await gateway.Registry.RegisterAsync(new SubgraphChange("extra", subgraphs.ExtraUrl, OwnerDomain: "shipping", Version: new SemanticVersion(2, 0, 0)), None);
        using var stop = new CancellationTokenSource();
        var following = new SupergraphFollower(gateway.Registry, new FollowerOptions { PollInterval = TimeSpan.FromMilliseconds(20), PollSubgraphs = true }).RunAsync(stop.Token);

        SubgraphServer.Publish(subgraphs.Extra, RegistrySubgraphs.ExtraSubgraph(RegistrySubgraphs.ExtraABSdl));
        await Eventually.HoldsAsync(() => Task.FromResult(gateway.Live.Version >= 3));

        await stop.CancelAsync();
        await following;
        var extra = (await gateway.Store.GetSubgraphAsync("extra", None))!;
        Assert.Equal((RegistrySubgraphs.ExtraABSdl, "shipping", new SemanticVersion(2, 0, 0)), (extra.Sdl, extra.OwnerDomain, extra.Version));
        Assert.Equal(3, await gateway.Store.GetLatestSupergraphVersionAsync(None));
        Assert.Equal("""{"data":{"extraB":"B"}}""", (await gateway.QueryAsync("{ extraB }")).Body);
    }

    [Fact]
    public async Task A_stored_supergraph_that_does_not_load_is_skipped_and_the_live_one_keeps_serving()
    {
        await using var rig = await RegistryRig.StartAsync();
        var (subgraphs, writer) = (rig.Subgraphs, rig.Gateway);
        var replica = await rig.StartReplicaAsync();
        await replica.Registry.FollowAsync(None);
        var base1 = (await writer.Store.GetSubgraphAsync("base", None))!;
        await writer.Store.SaveSubgraphAsync(base1, "type Query { not: A supergraph }", 1, None);

        await Assert.ThrowsAsync<Federation.Supergraphs.SupergraphException>(() => replica.Registry.FollowAsync(None));
        var skipped = await replica.Registry.FollowAsync(None);
        await writer.Registry.RegisterAsync(new SubgraphChange("extra", subgraphs.ExtraUrl, RegistrySubgraphs.ExtraASdl), None);
        var followed = await replica.Registry.FollowAsync(None);

        Assert.Equal((1L, 3L), (skipped, followed));
        Assert.Equal("""{"data":{"base":"base","extraA":"A"}}""", (await replica.QueryAsync("{ base extraA }")).Body);
    }

    [Fact]
    public async Task Retired_subgraphs_stay_registered_but_leave_the_supergraph()
    {
        await using var rig = await RegistryRig.StartAsync();
        var (subgraphs, gateway) = (rig.Subgraphs, rig.Gateway);
        await gateway.Registry.RegisterAsync(new SubgraphChange("extra", subgraphs.ExtraUrl, RegistrySubgraphs.ExtraASdl), None);

        var retired = await gateway.Registry.RegisterAsync(new SubgraphChange("extra", subgraphs.ExtraUrl, RegistrySubgraphs.ExtraASdl, Status: SubgraphStatus.Retired), None);

        Assert.True(retired.Succeeded);
        Assert.Equal(SubgraphStatus.Retired, (await gateway.Store.GetSubgraphAsync("extra", None))!.Status);
        Assert.Contains("Cannot query field \\u0022extraA\\u0022", (await gateway.QueryAsync("{ extraA }")).Body);
    }

    [Fact]
    public async Task Removing_an_unregistered_subgraph_is_refused()
    {
        using var files = new TempDirectory();
        await using var gateway = await RegistryGateway.StartAsync(files.PathOf("catalog.db"));

        var result = await gateway.Registry.RemoveAsync("extra", None);

        Assert.Equal("No subgraph is registered as 'extra'; 'gateway subgraph list' shows the registered names.", result.Rejection);
        Assert.Equal(0, gateway.Live.Version);
    }

    [Fact]
    public async Task A_retired_generation_releases_its_connections_once_its_requests_finish()
    {
        await using var rig = await RegistryRig.StartAsync();
        var (subgraphs, gateway) = (rig.Subgraphs, rig.Gateway);
        var first = gateway.Live.Current!;
        await gateway.QueryAsync("{ base }");

        await gateway.Registry.RegisterAsync(new SubgraphChange("extra", subgraphs.ExtraUrl, RegistrySubgraphs.ExtraASdl), None);
        await Eventually.HoldsAsync(() => Task.FromResult(first.IsReleased));

        Assert.False(gateway.Live.Current!.IsReleased);
        Assert.Equal((200, """{"data":{"base":"base"}}"""), await gateway.QueryAsync("{ base }"));
    }
}
