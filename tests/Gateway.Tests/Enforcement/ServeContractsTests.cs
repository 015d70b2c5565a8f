using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Gateway.Catalog.Documents.Profile;
using Gateway.Catalog.Model;
using Gateway.Catalog.Storage;
using Gateway.Commands;
using Gateway.Security;
using Gateway.Security.Authorization;
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
        var settings = Enforcing(contract, descriptor);
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
    public async Task With_identity_the_given_contracts_count_the_clients_grants_and_record_each_read_in_the_audit_log()
    {
        using var files = new TempDirectory();
        var contract = files.Write("contract.yaml", MeshData.PeopleContract);
        var descriptor = files.Write("product.yaml", PeopleDescriptor);
        var data = files.PathOf("data");
        var store = new CatalogStoreSettings { DataDirectory = data };
        var identitySettings = new IdentitySettings { DataDirectory = data, Issuer = "http://gateway.test", SecretHashIterations = 1_000 };
        string secret;
        await using (var identity = await GatewayIdentity.OpenAsync(
            identitySettings, await CatalogStoreOptions.OpenAsync(store, create: true, CancellationToken.None), "http://gateway.test", "/graphql", TimeProvider.System, CancellationToken.None))
        {
            secret = (await identity.Clients.RegisterAsync("support-desk", [], [GatewayRoles.Consumer], ["support"], [], CancellationToken.None)).Secret;
            var grants = (IAccessGrantStore)identity.Store;
            var request = await grants.RequestGrantAsync(new AccessGrantRequest("support-desk", ProductUrn.Parse("urn:dp:people:users"), "support", "Answers tickets."), CancellationToken.None);
            await grants.ApproveGrantAsync(request.Id, "people-owner", null, CancellationToken.None);
        }

        var people = SubgraphServer.Create(EnforcementRig.PeopleSubgraph(), ["http://127.0.0.1:0"], configureBuilder: EnforcementRig.Quiet);
        await people.StartAsync();
        using var stop = new CancellationTokenSource();
        var output = new LineWriter();
        var settings = Enforcing(contract, descriptor);
        var running = ServeCommand.RunWithIdentityAsync(
            settings, identitySettings, store,
            served => ServeCommand.RunComposedAsync(served, [$"people={SubgraphServer.ListeningUrl(people)}"], output, TextWriter.Null, stop.Token), stop.Token);
        string? granted;
        string? anonymous;
        try
        {
            Assert.NotSame(running, await Task.WhenAny(output.FirstLine, running));
            var endpoint = new Uri((await output.FirstLine).Split(" at ")[1].Split(' ')[0]);
            using var http = new HttpClient();
            using var tokenRequest = new HttpRequestMessage(HttpMethod.Post, new Uri(endpoint, "/oauth/token"))
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "client_credentials" }),
            };
            tokenRequest.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("support-desk:" + secret)));
            using var tokenResponse = await http.SendAsync(tokenRequest);
            using var token = JsonDocument.Parse(await tokenResponse.Content.ReadAsStringAsync());
            granted = await EmailAsync(http, endpoint, token.RootElement.GetProperty("access_token").GetString());
            anonymous = await EmailAsync(http, endpoint, null);
        }
        finally
        {
            await stop.CancelAsync();
            await running;
            await people.StopAsync();
            await people.DisposeAsync();
        }

        await using var catalog = await CatalogStoreOptions.OpenAsync(store, create: false, CancellationToken.None);
        var audit = await ((IAccessAuditStore)catalog).ListAuditEntriesAsync(ProductUrn.Parse("urn:dp:people:users"), 10, null, CancellationToken.None);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        Assert.NotEqual("m***@example.com", granted);
        Assert.Contains("@example.com", granted, StringComparison.Ordinal);
        Assert.Equal("m***@example.com", anonymous);
        Assert.Contains(audit.Entries, entry => entry.ClientId == "support-desk");
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

    private static async Task<string?> EmailAsync(HttpClient http, Uri endpoint, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint)
        {
            Content = new StringContent("""{"query":"{ me { email } }"}""", Encoding.UTF8, "application/json"),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            request.Headers.Add("Data-Purpose", "support");
        }

        using var response = await http.SendAsync(request);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.GetProperty("data").GetProperty("me").GetProperty("email").GetString();
    }

    private static ServeSettings Enforcing(string contract, string descriptor) =>
        new(new FileInfo("unused"), null, ["http://127.0.0.1:0"], null, builder => builder.Logging.ClearProviders())
        {
            Access = ContractAccess.Create([new FileInfo(contract), new FileInfo(descriptor)], maskingKey: null),
        };
}
