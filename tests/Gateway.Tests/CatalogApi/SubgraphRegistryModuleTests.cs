using Gateway.Tests.Registry;

namespace Gateway.Tests.CatalogApi;

public sealed class SubgraphRegistryModuleTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task A_registration_through_the_admin_mutation_is_stored_and_served()
    {
        await using var rig = await RegistryRig.StartAsync(adminApi: true);
        var (subgraphs, gateway) = (rig.Subgraphs, rig.Gateway);

        var registered = await gateway.QueryAsync(
            $$"""mutation { catalog { registerSubgraph(name: "extra", url: "{{subgraphs.ExtraUrl}}", domain: "shipping") { succeeded supergraphVersion errors { code } rejection } } }""");
        var answered = await gateway.QueryAsync("{ base extraB }");
        var listed = await gateway.QueryAsync("{ catalog { supergraphVersion subgraphs { name ownerDomain version status } } }");

        Assert.Equal((200, """{"data":{"catalog":{"registerSubgraph":{"succeeded":true,"supergraphVersion":2,"errors":[],"rejection":null}}}}"""), registered);
        Assert.Equal("""{"data":{"base":"base","extraB":"B"}}""", answered.Body);
        Assert.Equal(
            """{"data":{"catalog":{"supergraphVersion":2,"subgraphs":[{"name":"base","ownerDomain":"default","version":"1.0.0","status":"ACTIVE"},{"name":"extra","ownerDomain":"shipping","version":"1.0.0","status":"ACTIVE"}]}}}""",
            listed.Body);
    }

    [Fact]
    public async Task A_change_that_does_not_compose_answers_every_error_and_keeps_the_supergraph()
    {
        await using var rig = await RegistryRig.StartAsync(adminApi: true);
        var (subgraphs, gateway) = (rig.Subgraphs, rig.Gateway);

        var rejected = await gateway.QueryAsync(
            $$$"""mutation { catalog { registerSubgraph(name: "extra", url: "{{{subgraphs.ExtraUrl}}}", sdl: "{{{(RegistrySubgraphs.Link + " type Query { base: String }").Replace("\"", "\\\"", StringComparison.Ordinal)}}}") { succeeded supergraphVersion errors { code subgraphs } } } }""");
        var removed = await gateway.QueryAsync("""mutation { catalog { removeSubgraph(name: "nowhere") { succeeded rejection } } }""");

        Assert.Equal(
            """{"data":{"catalog":{"registerSubgraph":{"succeeded":false,"supergraphVersion":null,"errors":[{"code":"INVALID_FIELD_SHARING","subgraphs":["base","extra"]}]}}}}""",
            rejected.Body);
        Assert.Equal(
            """{"data":{"catalog":{"removeSubgraph":{"succeeded":false,"rejection":"No subgraph is registered as \u0027nowhere\u0027; \u0027gateway subgraph list\u0027 shows the registered names."}}}}""",
            removed.Body);
        Assert.Equal(1, gateway.Live.Version);
    }

    [Fact]
    public async Task The_admin_field_cannot_share_an_operation_with_subgraph_fields()
    {
        await using var rig = await RegistryRig.StartAsync(adminApi: true);
        var (subgraphs, gateway) = (rig.Subgraphs, rig.Gateway);

        var mixed = await gateway.QueryAsync("{ base catalog { supergraphVersion } }");

        Assert.Contains("\"code\":\"GATEWAY_FIELD_NOT_ALONE\"", mixed.Body);
        Assert.DoesNotContain("\"data\"", mixed.Body);
    }

    [Fact]
    public async Task Without_the_admin_api_the_registry_is_read_but_not_changed()
    {
        await using var rig = await RegistryRig.StartAsync();
        var gateway = rig.Gateway;

        var read = await gateway.QueryAsync("{ catalog { supergraphVersion subgraphs { name } } }");
        var change = await gateway.QueryAsync("""mutation { catalog { removeSubgraph(name: "base") { succeeded } } }""");

        Assert.Equal("""{"data":{"catalog":{"supergraphVersion":1,"subgraphs":[{"name":"base"}]}}}""", read.Body);
        Assert.Contains("The mutation operation is not supported by the schema.", change.Body);
        Assert.Equal(1, gateway.Live.Version);
    }
}
