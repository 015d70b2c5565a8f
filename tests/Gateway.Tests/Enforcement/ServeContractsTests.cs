using System.Text;
using System.Text.Json;
using Gateway.Commands;
using Gateway.Subgraph.Hosting;
using Gateway.Tests.Http;
using Microsoft.Extensions.Logging;

namespace Gateway.Tests.Enforcement;

/// <summary><c>gateway serve --subgraph ... --contracts ...</c>: the contracts in files are enforced on the composed supergraph.</summary>
public sealed class ServeContractsTests
{
    private const string PeopleDescriptor = """
        apiVersion: v1.0.0
        kind: DataProduct
        id: 0b7c3d4e-1f2a-4b5c-8d6e-7f8091a2b3c4
        name: users
        version: 1.0.0
        status: active
        domain: people
        outputPorts:
          - { name: people-graphql, type: graphql, version: 1.0.0, contractId: users-contract }
        customProperties:
          - { property: urn, value: "urn:dp:people:users" }
          - { property: dataClassification, value: clean }
        """;

    [Fact]
    public async Task Serve_enforces_the_contracts_it_is_given()
    {
        using var files = new TempDirectory();
        var contract = files.Write("contract.yaml", MeshData.PeopleContract);
        var descriptor = files.Write("product.yaml", PeopleDescriptor);
        var people = SubgraphServer.Create(EnforcementRig.PeopleSubgraph(), ["http://127.0.0.1:0"], configureBuilder: EnforcementRig.Quiet);
        await people.StartAsync();
        using var stop = new CancellationTokenSource();
        var output = new LineWriter();
        var settings = new ServeSettings(new FileInfo("unused"), null, ["http://127.0.0.1:0"], null, builder => builder.Logging.ClearProviders())
        {
            Access = ContractAccess.Create([new FileInfo(contract), new FileInfo(descriptor)], maskingKey: null),
        };
        var running = ServeCommand.RunComposedAsync(settings, [$"people={SubgraphServer.ListeningUrl(people)}"], output, TextWriter.Null, stop.Token);
        try
        {
            Assert.NotSame(running, await Task.WhenAny(output.FirstLine, running));
            var endpoint = new Uri((await output.FirstLine).Split(" at ")[1].Split(' ')[0]);
            using var http = new HttpClient();
            using var response = await http.PostAsync(endpoint, new StringContent("""{"query":"{ me { email salary country } }"}""", Encoding.UTF8, "application/json"));
            var body = await response.Content.ReadAsStringAsync();

            using var document = JsonDocument.Parse(body);
            var me = document.RootElement.GetProperty("data").GetProperty("me");
            Assert.Equal("m***@example.com", me.GetProperty("email").GetString());
            Assert.Equal(JsonValueKind.Null, me.GetProperty("salary").ValueKind);
            Assert.Equal("PT", me.GetProperty("country").GetString());
            Assert.Contains("FORBIDDEN_FIELD", body, StringComparison.Ordinal);
        }
        finally
        {
            await stop.CancelAsync();
            await running;
            await people.StopAsync();
            await people.DisposeAsync();
        }
    }

    [Fact]
    public void A_contract_without_its_products_descriptor_is_refused()
    {
        using var files = new TempDirectory();
        var contract = files.Write("contract.yaml", MeshData.PeopleContract);

        var error = Assert.Throws<UnusableInputException>(() => ContractAccess.Create([new FileInfo(contract)], maskingKey: null));

        Assert.Contains("users-contract", error.Message, StringComparison.Ordinal);
        Assert.Contains("descriptor", error.Message, StringComparison.Ordinal);
    }
}
