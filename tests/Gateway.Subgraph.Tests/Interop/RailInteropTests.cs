using System.Text.Json;
using Gateway.GraphQL.InteropTests;
using Xunit.Abstractions;

namespace Gateway.Subgraph.Tests.Interop;

/// <summary>
/// Subgraphs written with the SDK, composed by @apollo/composition from their <c>_service { sdl }</c>:
/// Apollo Gateway 2.14.4 and our gateway, over the same supergraph, answer every operation with the same
/// <c>data</c> (members in order, numbers by value) and the same multiset of error paths.
/// </summary>
public sealed class RailInteropTests(RailGatewaysRig rig, ITestOutputHelper output) : IClassFixture<RailGatewaysRig>
{
    public static TheoryData<string> Operations { get; } = [.. RailOperation.All.Select(operation => operation.Name)];

    [Fact]
    public void Apollo_composes_the_sdk_subgraphs_from_their_service_sdl()
    {
        Assert.Contains("join__graph(name: \"network\"", rig.SupergraphSdl, StringComparison.Ordinal);
        Assert.Contains("@join__type(graph: FARES, key: \"id\", isInterfaceObject: true)", rig.SupergraphSdl, StringComparison.Ordinal);
        Assert.Contains("@join__field(graph: TIMETABLE, override: \"network\")", rig.SupergraphSdl, StringComparison.Ordinal);
    }

    [Fact]
    public void Our_composer_writes_the_supergraph_apollo_composition_writes()
    {
        Assert.Equal(rig.SupergraphSdl.TrimEnd(), rig.OurComposition.SupergraphSdl!.TrimEnd());
    }

    [Fact]
    public async Task Both_gateways_batch_each_entity_type_into_one_reference_call_per_fetch()
    {
        const string query = """{ departures(station: "LYS") { line { name baseFare stops { code } } } }""";
        string[] expected = ["fares Line x2", "network Line x2"];
        const string byKey = """{ departures(station: "MRS") { from { city zone } } }""";
        string[] expectedByKey = ["network Station by code x1"];

        rig.ReferenceCalls.Take();
        (await rig.SendAsync(rig.ApolloGateway, query, null)).Dispose();
        var apollo = rig.ReferenceCalls.Take();
        (await rig.SendAsync(rig.OurGateway, query, null)).Dispose();
        var ours = rig.ReferenceCalls.Take();

        (await rig.SendAsync(rig.ApolloGateway, byKey, null)).Dispose();
        var apolloByKey = rig.ReferenceCalls.Take();
        (await rig.SendAsync(rig.OurGateway, byKey, null)).Dispose();
        var oursByKey = rig.ReferenceCalls.Take();

        Assert.Equal(expected, apollo);
        Assert.Equal(expected, ours);
        Assert.Equal(expectedByKey, apolloByKey);
        Assert.Equal(expectedByKey, oursByKey);
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public Task Our_gateway_answers_like_apollo_gateway(string name) => CompareAsync(name, rig.OurGateway);

    [Theory]
    [MemberData(nameof(Operations))]
    public Task Our_gateway_on_our_own_composition_answers_like_apollo_gateway(string name) => CompareAsync(name, rig.OurComposedGateway);

    private async Task CompareAsync(string name, Uri ourGateway)
    {
        var operation = RailOperation.All.Single(candidate => candidate.Name == name);

        using var apollo = await rig.SendAsync(rig.ApolloGateway, operation.Query, operation.VariablesJson);
        using var ours = await rig.SendAsync(ourGateway, operation.Query, operation.VariablesJson);
        output.WriteLine($"Apollo Gateway: {apollo.RootElement.GetRawText()}");
        output.WriteLine($"our gateway:    {ours.RootElement.GetRawText()}");

        Assert.Equal(operation.ExpectErrors, apollo.RootElement.TryGetProperty("errors", out _));
        var apolloHasData = apollo.RootElement.TryGetProperty("data", out var apolloData);
        var oursHasData = ours.RootElement.TryGetProperty("data", out var ourData);
        Assert.Equal(apolloHasData, oursHasData);
        if (apolloHasData)
        {
            Assert.True(JsonEquivalence.AreEqual(apolloData, ourData), "data differs");
        }

        Assert.Equal(ErrorPaths(apollo.RootElement), ErrorPaths(ours.RootElement));
    }

    private static List<string> ErrorPaths(JsonElement response)
    {
        var paths = new List<string>();
        if (response.TryGetProperty("errors", out var errors))
        {
            foreach (var error in errors.EnumerateArray())
            {
                paths.Add(error.TryGetProperty("path", out var path) ? path.GetRawText() : "(no path)");
            }
        }

        paths.Sort(StringComparer.Ordinal);
        return paths;
    }
}
