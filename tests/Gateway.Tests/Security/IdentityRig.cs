using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Gateway.Catalog.Storage.Sqlite;
using Gateway.CatalogApi.Access;
using Gateway.Http;
using Gateway.Security;
using Gateway.Security.Authorization;
using Gateway.Security.Tests;
using Gateway.GraphQL.Types;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Gateway.Tests.Security;

/// <summary>
/// The gateway's HTTP host with identity over a real SQLite catalog in a temporary folder (the sample registration
/// and sales products published into it), on a loopback port, serving the access part of the catalog API under a
/// minimal catalog core. Clients: an analyst (consumer; analytics, customer-support, marketing), the registration
/// and sales owners, and an administrator.
/// </summary>
public sealed class IdentityRig : IAsyncDisposable
{
    public const string Issuer = "http://gateway.test";

    private const string CatalogCore = """
        type Query { catalog: CatalogQuery! }
        type Mutation { catalog: CatalogMutation! }
        type CatalogQuery
        type CatalogMutation
        type CatalogPageInfo { hasNextPage: Boolean! hasPreviousPage: Boolean! startCursor: String endCursor: String }
        scalar CatalogDateTime
        """;

    private readonly TempDirectory _folder;
    private readonly WebApplication _app;
    private readonly Dictionary<string, string> _secrets;

    private IdentityRig(TempDirectory folder, GatewayIdentity identity, WebApplication app, Dictionary<string, string> secrets)
    {
        _folder = folder;
        Identity = identity;
        _app = app;
        _secrets = secrets;
        Http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
    }

    public GatewayIdentity Identity { get; }

    public HttpClient Http { get; }

    public static async Task<IdentityRig> StartAsync(ClientRateLimit? rateLimit = null, IReadOnlyList<TrustedIssuerSetting>? trustedIssuers = null)
    {
        var folder = new TempDirectory();
        var store = await SqliteCatalogStore.OpenAsync(Path.Combine(folder.Path, SqliteCatalogStore.FileName), CancellationToken.None);
        await SampleProducts.PublishAsync(store, "Registration");
        await SampleProducts.PublishAsync(store, "Sales");
        var identity = await GatewayIdentity.OpenAsync(
            new IdentitySettings
            {
                DataDirectory = folder.Path, SecretHashIterations = 1_000, RateLimit = rateLimit ?? ClientRateLimit.Default, TrustedIssuers = trustedIssuers ?? [],
            },
            store, Issuer, "/graphql", TimeProvider.System, CancellationToken.None);
        var secrets = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, role, purposes, domains) in new (string, string, string[], string[])[]
        {
            ("analyst", GatewayRoles.Consumer, ["analytics", "customer-support", "marketing"], []),
            ("registration-owner", GatewayRoles.Owner, [], ["registration"]),
            ("sales-owner", GatewayRoles.Owner, [], ["sales"]),
            ("admin", GatewayRoles.Admin, [], []),
        })
        {
            secrets[id] = (await identity.Clients.RegisterAsync(id, ["catalog:read"], [role], purposes, domains, CancellationToken.None)).Secret;
        }

        var app = GraphQLServer.Create(["http://127.0.0.1:0"], configureBuilder: builder =>
        {
            builder.Logging.ClearProviders();
            identity.ConfigureServices(builder, "/graphql");
        });
        identity.UseIn(app);
        await app.StartAsync();
        var module = new AccessModule(identity);
        var root = new object();
        var options = new SchemaBuildOptions()
            .Resolve("Query.catalog", _ => ValueTask.FromResult<object?>(root))
            .Resolve("Mutation.catalog", _ => ValueTask.FromResult<object?>(root))
            .AddScalar(new TestDateTimeType());
        module.Configure(options);
        app.Services.GetRequiredService<ServedSchemaState>().Publish(SchemaBuilder.FromSdl(CatalogCore + "\n" + module.Sdl, options), root, root);
        return new IdentityRig(folder, identity, app, secrets);
    }

    /// <summary>A token from <c>/oauth/token</c> (client_secret_basic); throws when the endpoint refuses.</summary>
    public async Task<string> TokenAsync(string clientId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/oauth/token")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "client_credentials" }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{clientId}:{_secrets[clientId]}")));
        using var response = await Http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(body);
        return json.RootElement.GetProperty("access_token").GetString()!;
    }

    public async Task<HttpResponseMessage> TokenResponseAsync(string clientId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/oauth/token")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = _secrets[clientId],
            }),
        };
        return await Http.SendAsync(request);
    }

    /// <summary>POSTs a GraphQL request with the token (none when null); the response as it came.</summary>
    public async Task<HttpResponseMessage> PostAsync(string? token, string query)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await Http.SendAsync(request);
    }

    /// <summary>The response body of a GraphQL request that must answer 200.</summary>
    public async Task<JsonElement> QueryAsync(string? token, string query)
    {
        using var response = await PostAsync(token, query);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        await Identity.DisposeAsync();
        _folder.Dispose();
    }
}
