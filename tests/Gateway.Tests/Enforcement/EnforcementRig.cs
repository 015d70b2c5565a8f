using Gateway.Catalog.Storage.Sqlite;
using Gateway.Security.Authorization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Gateway.Catalog.Documents;
using Gateway.Catalog.Documents.Profile;
using Gateway.Federated;
using Gateway.Federation.Composition;
using Gateway.Federation.Planning;
using Gateway.Http;
using Gateway.Security.Authentication;
using Gateway.Security.Clients;
using Gateway.Security.Endpoints;
using Gateway.Security.Masking;
using Gateway.Security.Policies;
using Gateway.Security.Tokens;
using Gateway.Subgraph;
using Gateway.Subgraph.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Gateway.Tests.Enforcement;

/// <summary>
/// A governed data mesh on loopback ports: the <c>people</c> and <c>sales</c> subgraphs (C# SDK subgraphs on
/// Kestrel), composed by our composer, served by the gateway with the contract policy on, bearer tokens from a
/// real token service, grants from an in-memory grant store, and the audit entries collected.
/// </summary>
public sealed class EnforcementRig : IAsyncDisposable
{
    public const string Audience = "https://gateway.test/graphql";

    private readonly List<WebApplication> _apps;
    private readonly HttpClient _http = new();
    private readonly AccessTokenIssuer _issuer;
    private readonly ClientRegistry _clients;
    private readonly SqliteCatalogStore _store;
    private readonly string _folder;

    private EnforcementRig(List<WebApplication> apps, Uri endpoint, AccessTokenIssuer issuer, ClientRegistry clients, Grants grants, Audit audit, SqliteCatalogStore store, string folder)
    {
        _store = store;
        _folder = folder;
        _apps = apps;
        Endpoint = endpoint;
        _issuer = issuer;
        _clients = clients;
        GrantStore = grants;
        AuditLog = audit;
    }

    public Uri Endpoint { get; }

    public Grants GrantStore { get; }

    public Audit AuditLog { get; }

    public static async Task<EnforcementRig> StartAsync()
    {
        var people = SubgraphServer.Create(PeopleSubgraph(), ["http://127.0.0.1:0"], configureBuilder: Quiet);
        var sales = SubgraphServer.Create(SalesSubgraph(), ["http://127.0.0.1:0"], configureBuilder: Quiet);
        await people.StartAsync();
        await sales.StartAsync();
        var composition = SupergraphComposer.Compose([
            new SubgraphSource("people", SubgraphServer.ListeningUrl(people).ToString(), MeshData.PeopleSdl),
            new SubgraphSource("sales", SubgraphServer.ListeningUrl(sales).ToString(), MeshData.SalesSdl),
        ]);
        var supergraph = composition.Supergraph ?? throw new InvalidOperationException(string.Join("; ", composition.Errors));

        var keys = new SigningKeyRing(TimeProvider.System, TimeSpan.FromMinutes(15), TimeSpan.FromSeconds(60));
        var issuer = new AccessTokenIssuer("https://gateway.test", keys, TimeProvider.System, TimeSpan.FromMinutes(15));
        var folder = Path.Combine(Path.GetTempPath(), $"enforcement-{Guid.NewGuid():N}");
        var store = await SqliteCatalogStore.OpenAsync(Path.Combine(folder, SqliteCatalogStore.FileName), CancellationToken.None);
        var clients = await ClientRegistry.OpenAsync(store, TimeProvider.System, CancellationToken.None, secretHashIterations: 1_000);
        var validator = new TokenService(issuer, clients, Audience).CreateValidator(TimeProvider.System);

        var grants = new Grants();
        var audit = new Audit();
        var rules = FieldRuleSet.FromContracts([
            (ProductUrn.Parse("urn:dp:people:users"), Contract(MeshData.PeopleContract)),
            (ProductUrn.Parse("urn:dp:sales:orders"), Contract(MeshData.SalesContract)),
        ]);
        var pipeline = new FieldAccessPipeline(new TokenAccessSubjectSource(grants), new LiveFieldRules(rules), MaskingKey.Generate(), audit);

        var gateway = GraphQLServer.Create(
            ["http://127.0.0.1:0"],
            options => options.AllowBatching = true,
            builder =>
            {
                Quiet(builder);
                builder.Services.AddGatewayAccessTokens(validator);
            });
        gateway.UseAuthentication();
        await gateway.StartAsync();
        var runner = new FederatedOperationRunner(supergraph, new QueryPlanner(supergraph).Plan, access: pipeline);
        gateway.Services.GetRequiredService<ServedSchemaState>().Publish(supergraph.ApiSchema, runner);

        return new EnforcementRig([gateway, people, sales], SubgraphServer.ListeningUrl(gateway), issuer, clients, grants, audit, store, folder);
    }

    /// <summary>A token for a new client with these roles and purposes.</summary>
    public async Task<string> TokenAsync(string clientId, IReadOnlyList<string> purposes, IReadOnlyList<string>? roles = null)
    {
        var client = await _clients.FindAsync(clientId, CancellationToken.None)
            ?? (await _clients.RegisterAsync(clientId, [], roles ?? [GatewayRoles.Consumer], purposes, [], CancellationToken.None)).Client;
        return _issuer.IssueForClient(client, Audience, []);
    }

    /// <summary>Posts a JSON body (an object, or an array for a batch) and returns the status and raw response text.</summary>
    public async Task<(int Status, string Body)> PostAsync(object body, string? token = null, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Endpoint)
        {
            Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json"),
        };
        return await SendAsync(request, token, headers);
    }

    public async Task<(int Status, string Body)> GetAsync(string query, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Endpoint + "?query=" + Uri.EscapeDataString(query));
        return await SendAsync(request, token, [("GraphQL-Require-Preflight", "1")]);
    }

    private async Task<(int Status, string Body)> SendAsync(HttpRequestMessage request, string? token, (string Name, string Value)[] headers)
    {
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        foreach (var (name, value) in headers)
        {
            request.Headers.Add(name, value);
        }

        using var response = await _http.SendAsync(request);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var app in _apps)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        _http.Dispose();
        await _store.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open only leaves a temporary folder behind.
        }
    }

    internal static void Quiet(WebApplicationBuilder builder) => builder.Logging.ClearProviders();

    private static Catalog.Documents.Contracts.DataContract Contract(string yaml) =>
        CatalogDocumentReader.ReadContract("contract.yaml", yaml).Document ?? throw new InvalidOperationException("The rig's contract does not read.");

    internal static Subgraph.Subgraph PeopleSubgraph()
    {
        static ValueTask<object?> Result(object? value) => ValueTask.FromResult(value);
        object? Find(string? id) => id switch
        {
            "u1" => MeshData.User(),
            "o-acme" => MeshData.Org(),
            _ => null,
        };

        return new SubgraphBuilder(MeshData.PeopleSdl)
            .Resolve("Query.me", _ => Result(MeshData.User()))
            .Resolve("Query.user", context => Result(Find(context.Argument<string>("id")) as Dictionary<string, object?> is { } user && user["__typename"] is "User" ? user : null))
            .Resolve("Query.users", _ => Result(new List<object?> { MeshData.User() }))
            .Resolve("Query.contacts", _ => Result(new List<object?> { MeshData.User(), MeshData.Org() }))
            .Resolve("Query.search", _ => Result(new List<object?> { MeshData.User(), MeshData.Org() }))
            .Resolve("Query.node", context => Result(Find(context.Argument<string>("id"))))
            .Resolve("Query.failingUser", _ => Result(MeshData.User()))
            // A resolver whose error message echoes a governed value, as careless code does.
            .Resolve("User.phoneCheck", _ => throw new InvalidOperationException($"The phone number {MeshData.Phone} failed validation."))
            .ResolveReference("User", (representation, _) => Result(Find(representation.Get<string>("id"))))
            .ResolveReference("Org", (representation, _) => Result(Find(representation.Get<string>("id"))))
            .Build();
    }

    internal static Subgraph.Subgraph SalesSubgraph()
    {
        static ValueTask<object?> Result(object? value) => ValueTask.FromResult(value);
        return new SubgraphBuilder(MeshData.SalesSdl)
            .Resolve("Query.orders", _ => Result(new List<object?> { MeshData.Order() }))
            .Resolve("Query.order", context => Result(context.Argument<string>("id") == "ord1" ? MeshData.Order() : null))
            .ResolveReference("User", (representation, _) => Result(new Dictionary<string, object?>
            {
                ["__typename"] = "User",
                ["id"] = representation.Get<string>("id"),
                ["orders"] = new List<object?> { MeshData.Order() },
            }))
            .ResolveReference("Order", (_, _) => Result(MeshData.Order()))
            .Build();
    }

    /// <summary>Grants in force by client (the catalog store keeps them in a deployment).</summary>
    public sealed class Grants : IAccessGrantReader
    {
        private readonly Dictionary<string, List<ActiveGrant>> _grants = new(StringComparer.Ordinal);
        private readonly Lock _lock = new();

        public void Approve(string clientId, string productUrn, string purpose)
        {
            lock (_lock)
            {
                if (!_grants.TryGetValue(clientId, out var list))
                {
                    _grants[clientId] = list = [];
                }

                list.Add(new ActiveGrant(productUrn, purpose, null));
            }
        }

        public Task<IReadOnlyList<ActiveGrant>> ListActiveGrantsAsync(string clientId, DateTimeOffset now, CancellationToken cancellationToken)
        {
            lock (_lock)
            {
                return Task.FromResult<IReadOnlyList<ActiveGrant>>(_grants.TryGetValue(clientId, out var list) ? [.. list] : []);
            }
        }
    }

    /// <summary>The audit entries recorded, in order.</summary>
    public sealed class Audit : IAccessAuditSink
    {
        private readonly List<AccessAuditEntry> _entries = [];
        private readonly Lock _lock = new();

        public IReadOnlyList<AccessAuditEntry> Entries
        {
            get
            {
                lock (_lock)
                {
                    return [.. _entries];
                }
            }
        }

        public void Record(AccessAuditEntry entry)
        {
            lock (_lock)
            {
                _entries.Add(entry);
            }
        }
    }
}
