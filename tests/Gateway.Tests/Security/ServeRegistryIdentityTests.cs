using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Gateway.Catalog.Storage;
using Gateway.Commands;
using Gateway.Registry;
using Gateway.Samples.Registration;
using Gateway.Security;
using Gateway.Security.Authorization;
using Gateway.Tests.CatalogApi;
using Gateway.Tests.Http;
using Gateway.Tests.Registry;
using Microsoft.Extensions.Logging;

namespace Gateway.Tests.Security;

/// <summary>
/// <c>gateway serve --registry --auth</c> run in-process over a SQLite catalog: the catalog's changes go to the roles
/// each needs, the access API is served, and a publish puts its contract's rules in force before its fields are served.
/// </summary>
public sealed class ServeRegistryIdentityTests : IAsyncLifetime
{
    private const string Urn = "urn:dp:registration:registered-users";

    private readonly TempDirectory _files = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly LineWriter _output = new();
    private readonly Dictionary<string, string> _secrets = new(StringComparer.Ordinal);
    private RegistrySubgraphs? _subgraphs;
    private Task<int>? _serving;
    private HttpClient? _http;

    public async Task InitializeAsync()
    {
        _subgraphs = await RegistrySubgraphs.StartAsync();
        var identitySettings = new IdentitySettings { DataDirectory = _files.Path, Issuer = "http://gateway.test", SecretHashIterations = 1_000 };
        var store = new CatalogStoreSettings { DataDirectory = _files.Path };
        var catalog = await CatalogStoreOptions.OpenAsync(store, create: true, CancellationToken.None);
        await new SubgraphRegistry(catalog).RegisterAsync(new SubgraphChange("base", _subgraphs.BaseUrl, RegistrySubgraphs.BaseSdl), CancellationToken.None);
        await using (var identity = await GatewayIdentity.OpenAsync(identitySettings, catalog, "http://gateway.test", "/graphql", TimeProvider.System, CancellationToken.None))
        {
            foreach (var (id, role, purposes, domains) in new (string, string, string[], string[])[]
            {
                ("analyst", GatewayRoles.Consumer, ["analytics"], []),
                ("registration-publisher", GatewayRoles.Publisher, [], ["registration"]),
                ("sales-publisher", GatewayRoles.Publisher, [], ["sales"]),
                ("admin", GatewayRoles.Admin, [], []),
                ("registration-data", GatewayRoles.Publisher, [], ["registration"]),
            })
            {
                _secrets[id] = (await identity.Clients.RegisterAsync(id, [], [role], purposes, domains, CancellationToken.None)).Secret;
            }
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var settings = new ServeSettings(new FileInfo("registry"), null, ["http://127.0.0.1:0"], ConfigureBuilder: builder => builder.Logging.ClearProviders());
        _serving = ServeCommand.RunWithIdentityAsync(
            settings, identitySettings, store,
            served => ServeCommand.RunRegistryAsync(served, store, new FollowerOptions { PollInterval = TimeSpan.FromSeconds(30) }, _output, _stop.Token), _stop.Token);
        if (await Task.WhenAny(_output.FirstLine, _serving) == _serving)
        {
            throw new InvalidOperationException($"serve stopped before serving (exit code {await _serving}): {_output}");
        }

        var endpoint = new Uri((await _output.FirstLine).Split(" at ")[1].Split(',')[0]);
        _http = new HttpClient { BaseAddress = new Uri(endpoint.GetLeftPart(UriPartial.Authority)) };
    }

    [Fact]
    public async Task Catalog_changes_need_the_roles_of_their_domain_and_record_the_token_client_as_actor()
    {
        var consumer = await PublishAsync(await TokenAsync("analyst"));
        var otherDomain = await PublishAsync(await TokenAsync("sales-publisher"));
        var anonymous = await PublishAsync(token: null);
        var published = await PublishAsync(await TokenAsync("registration-publisher"));
        var register = await PostAsync(await TokenAsync("registration-publisher"), """mutation { catalog { removeSubgraph(name: "base") { succeeded } } }""");
        var history = await PostAsync(null, $$"""{ catalog { product(urn: "{{Urn}}") { history { kind actor } } } }""");

        Assert.Equal("FORBIDDEN", Code(consumer));
        Assert.Equal("FORBIDDEN", Code(otherDomain));
        Assert.Equal("FORBIDDEN", Code(anonymous));
        Assert.Equal("PUBLISHED", published.GetProperty("data").GetProperty("catalog").GetProperty("publish").GetProperty("status").GetString());
        Assert.Equal("FORBIDDEN", Code(register));
        Assert.Equal(
            """[{"kind":"PUBLISHED","actor":"registration-publisher"}]""",
            history.GetProperty("data").GetProperty("catalog").GetProperty("product").GetProperty("history").GetRawText());
    }

    [Fact]
    public async Task The_access_api_is_served_beside_the_catalog()
    {
        var grants = await PostAsync(await TokenAsync("analyst"), "{ catalog { myGrants { product purpose status } } }");
        var anonymous = await PostAsync(null, "{ catalog { myGrants { product } } }");

        Assert.Equal("[]", grants.GetProperty("data").GetProperty("catalog").GetProperty("myGrants").GetRawText());
        Assert.Equal("FORBIDDEN", Code(anonymous));
    }

    [Fact]
    public async Task A_published_contract_is_in_force_for_its_fields_from_their_first_request()
    {
        var admin = await TokenAsync("admin");
        await PublishAsync(admin);

        // The product's subgraph does not answer: what the gateway says about it shows whether the contract's rules
        // were in force. A reader who may not see the email as it is gets the subgraph's message withheld.
        var anonymous = await PostAsync(null, """{ user(id: "1") { email } }""");
        var analyst = await PostAsync(await TokenAsync("analyst"), """{ user(id: "1") { email } }""");
        var administrator = await PostAsync(admin, """{ user(id: "1") { email } }""");

        Assert.Contains("withheld", Message(anonymous), StringComparison.Ordinal);
        Assert.Contains("withheld", Message(analyst), StringComparison.Ordinal);
        Assert.DoesNotContain("withheld", Message(administrator), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_draft_shows_in_search_to_the_client_named_its_team_and_to_administrators_only()
    {
        var team = await TokenAsync("registration-data");
        var published = await PublishAsync(team, draft: true);
        const string Search = """{ catalog { search(text: "registered") { totalCount } } }""";
        await Eventually.HoldsAsync(async () => Total(await PostAsync(team, Search)) == 1);

        Assert.Equal("PUBLISHED", published.GetProperty("data").GetProperty("catalog").GetProperty("publish").GetProperty("status").GetString());
        Assert.Equal(1, Total(await PostAsync(await TokenAsync("admin"), Search)));
        Assert.Equal(0, Total(await PostAsync(await TokenAsync("registration-publisher"), Search)));
        Assert.Equal(0, Total(await PostAsync(null, Search)));
    }

    public async Task DisposeAsync()
    {
        _http?.Dispose();
        await _stop.CancelAsync();
        if (_serving is not null)
        {
            Assert.Equal(ExitCodes.Success, await _serving);
        }

        if (_subgraphs is not null)
        {
            await _subgraphs.DisposeAsync();
        }

        _stop.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _files.Dispose();
    }

    private static string? Code(JsonElement answer) =>
        answer.TryGetProperty("errors", out var errors) && errors[0].TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty("code", out var code)
            ? code.GetString()
            : null;

    private static string Message(JsonElement answer) => answer.GetProperty("errors")[0].GetProperty("message").GetString()!;

    private static int Total(JsonElement answer) => answer.GetProperty("data").GetProperty("catalog").GetProperty("search").GetProperty("totalCount").GetInt32();

    private async Task<JsonElement> PublishAsync(string? token, bool draft = false)
    {
        var descriptor = await SampleAsync("product.yaml");
        var variables = new Dictionary<string, object?>
        {
            ["descriptor"] = draft ? descriptor.Replace("\nstatus: active\n", "\nstatus: draft\n", StringComparison.Ordinal) : descriptor,
            ["contract"] = await SampleAsync("contract.yaml"),
            ["sdl"] = RegistrationSubgraph.Sdl,
            ["url"] = "http://127.0.0.1:9/graphql",
        };
        return await PostAsync(token, """
            mutation ($descriptor: String!, $contract: String, $sdl: String, $url: String) { catalog {
              publish(descriptor: $descriptor, contract: $contract, subgraphSdl: $sdl, subgraphUrl: $url) { status conflicts } } }
            """, variables);
    }

    private async Task<string> TokenAsync(string clientId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/oauth/token")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "client_credentials" }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{clientId}:{_secrets[clientId]}")));
        using var response = await _http!.SendAsync(request);
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("access_token").GetString()!;
    }

    private async Task<JsonElement> PostAsync(string? token, string query, IReadOnlyDictionary<string, object?>? variables = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse("application/json"));
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await _http!.SendAsync(request);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    private static Task<string> SampleAsync(string file) =>
        File.ReadAllTextAsync(Path.Combine(CatalogSeed.RepositoryRoot(), "src", "Samples", "Registration", file));
}
