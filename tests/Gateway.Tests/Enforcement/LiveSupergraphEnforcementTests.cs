using System.Text;
using System.Text.Json;
using Gateway.Catalog.Documents;
using Gateway.Catalog.Documents.Profile;
using Gateway.Federated;
using Gateway.Federation.Composition;
using Gateway.Http;
using Gateway.Security.Masking;
using Gateway.Security.Policies;
using Gateway.Subgraph.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Tests.Enforcement;

/// <summary>The live supergraph of the registry enforces the contracts on every generation it swaps in.</summary>
public sealed class LiveSupergraphEnforcementTests
{
    [Fact]
    public async Task Every_generation_enforces_the_rules_in_force()
    {
        var people = SubgraphServer.Create(EnforcementRig.PeopleSubgraph(), ["http://127.0.0.1:0"], configureBuilder: EnforcementRig.Quiet);
        await people.StartAsync();
        var gateway = GraphQLServer.Create(["http://127.0.0.1:0"], null, EnforcementRig.Quiet);
        await gateway.StartAsync();
        try
        {
            var sdl = SupergraphComposer.Compose([new SubgraphSource("people", SubgraphServer.ListeningUrl(people).ToString(), MeshData.PeopleSdl)]).SupergraphSdl!;
            var rules = new LiveFieldRules();
            var pipeline = new FieldAccessPipeline(new TokenAccessSubjectSource(null), rules, MaskingKey.Generate());
            using var live = new LiveSupergraph(gateway.Services.GetRequiredService<ServedSchemaState>(), drainDelay: TimeSpan.FromMilliseconds(50), access: pipeline);
            using var http = new HttpClient();
            var endpoint = SubgraphServer.ListeningUrl(gateway);

            live.TryActivate(1, sdl);
            var open = await EmailAsync(http, endpoint);
            rules.Publish(FieldRuleSet.FromContracts([
                (ProductUrn.Parse("urn:dp:people:users"), CatalogDocumentReader.ReadContract("contract.yaml", MeshData.PeopleContract).Document!),
            ]));
            var masked = await EmailAsync(http, endpoint);
            live.TryActivate(2, sdl);
            var maskedOnTheNextGeneration = await EmailAsync(http, endpoint);

            Assert.Equal(MeshData.Email, open);
            Assert.Equal("m***@example.com", masked);
            Assert.Equal("m***@example.com", maskedOnTheNextGeneration);
        }
        finally
        {
            await gateway.StopAsync();
            await gateway.DisposeAsync();
            await people.StopAsync();
            await people.DisposeAsync();
        }
    }

    private static async Task<string?> EmailAsync(HttpClient http, Uri endpoint)
    {
        using var response = await http.PostAsync(endpoint, new StringContent("""{"query":"{ me { email } }"}""", Encoding.UTF8, "application/json"));
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.GetProperty("data").GetProperty("me").GetProperty("email").GetString();
    }
}
