using System.Text.Json;
using Gateway.GraphQL.InteropTests;

namespace Gateway.Samples.Tests.Interop;

/// <summary>
/// The demo's subgraphs compose with @apollo/composition, and Apollo Gateway answers cross-domain
/// operations over them exactly as our gateway does over our own composition.
/// </summary>
public sealed class ApolloDemoInteropTests(ApolloDemoRig rig) : IClassFixture<ApolloDemoRig>
{
    public static TheoryData<string, string> Operations => new()
    {
        { "user with orders, plays and listening", """{ user(id: "42") { id name email country orders(limit: 3) { id orderedAt status total { amount currency } lines { lineNumber quantity amount { amount } product { id name price { amount } } } } listening { playCount distinctTracks totalListeningSeconds firstPlayedAt lastPlayedAt favouriteGenre } plays(limit: 4) { id playedAt durationMs device track { id title artist genre } } } }""" },
        { "page of users across domains", """{ users(limit: 25, offset: 5) { id signUpDate orders(limit: 2) { id total { amount } } plays(limit: 2, offset: 1) { id track { title } } listening { playCount } } }""" },
        { "latest plays with listeners", """{ playEvents(limit: 20) { id playedAt device track { title } listener { id name country orders(limit: 1) { id } } } }""" },
        { "latest orders with buyers", """{ orders(limit: 20) { id buyer { id name email listening { playCount favouriteGenre } } lines { product { name } } } }""" },
        { "unknown user and order", """{ user(id: "999999") { name } order(id: "999999") { id } }""" },
        { "order with nested buyer plays", """{ order(id: "17") { id status buyer { name plays(limit: 3) { track { id title } listener { id } } } } }""" },
    };

    [Fact]
    public void Apollo_composition_composes_the_three_domains_into_one_supergraph()
    {
        Assert.Contains("REGISTRATION @join__graph(name: \"registration\"", rig.ApolloSupergraph, StringComparison.Ordinal);
        Assert.Contains("SALES @join__graph(name: \"sales\"", rig.ApolloSupergraph, StringComparison.Ordinal);
        Assert.Contains("PLAYER @join__graph(name: \"player\"", rig.ApolloSupergraph, StringComparison.Ordinal);
        Assert.Contains("@join__type(graph: PLAYER, key: \"id\")", rig.ApolloSupergraph, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Apollo_Gateway_and_ours_answer_alike(string name, string query)
    {
        var apollo = await rig.PostAsync(rig.ApolloGateway, query);
        var ours = await rig.PostAsync(rig.OurGateway, query);

        Assert.False(apollo.TryGetProperty("errors", out var apolloErrors), $"{name}: Apollo Gateway answered errors: {apolloErrors}");
        Assert.False(ours.TryGetProperty("errors", out var ourErrors), $"{name}: our gateway answered errors: {ourErrors}");
        Assert.NotEqual(JsonValueKind.Null, apollo.GetProperty("data").ValueKind);
        Assert.True(
            JsonEquivalence.AreEqual(apollo.GetProperty("data"), ours.GetProperty("data")),
            $"{name}:{Environment.NewLine}Apollo: {apollo}{Environment.NewLine}ours:   {ours}");
    }
}
