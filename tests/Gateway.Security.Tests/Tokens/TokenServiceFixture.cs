using Gateway.Catalog.Storage.Sqlite;
using Gateway.Security.Clients;
using Gateway.Security.Endpoints;
using Gateway.Security.Tokens;

namespace Gateway.Security.Tests.Tokens;

/// <summary>
/// A token service as the gateway runs it: a key ring, an issuer, a client registry over a real SQLite catalog file
/// in a temporary folder, and a validator.
/// </summary>
public sealed class TokenServiceFixture : IAsyncDisposable
{
    public const string IssuerName = "https://gateway.test";
    public const string Audience = "https://gateway.test/graphql";

    private readonly string _folder;

    private TokenServiceFixture(string folder, SqliteCatalogStore store, ManualClock clock, ClientRegistry clients)
    {
        _folder = folder;
        Store = store;
        Clock = clock;
        Clients = clients;
        Keys = new SigningKeyRing(Clock, TimeSpan.FromMinutes(15), TimeSpan.FromSeconds(60));
        Issuer = new AccessTokenIssuer(IssuerName, Keys, Clock, TimeSpan.FromMinutes(15));
        Service = new TokenService(Issuer, Clients, Audience);
    }

    public SqliteCatalogStore Store { get; }

    public ManualClock Clock { get; }

    public SigningKeyRing Keys { get; }

    public AccessTokenIssuer Issuer { get; }

    public ClientRegistry Clients { get; }

    public ClientRegistration Client { get; private set; } = null!;

    public string Secret { get; private set; } = "";

    public TokenService Service { get; }

    public AccessTokenValidator Validator { get; private set; } = null!;

    public static async Task<TokenServiceFixture> StartAsync(params TrustedIssuer[] externalIssuers)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"token-service-{Guid.NewGuid():N}");
        var store = await SqliteCatalogStore.OpenAsync(Path.Combine(folder, SqliteCatalogStore.FileName), CancellationToken.None);
        // Today's time in whole seconds, so tokens also hold when a peer checks them against its own clock.
        var clock = new ManualClock(DateTimeOffset.FromUnixTimeSeconds(TimeProvider.System.GetUtcNow().ToUnixTimeSeconds()));
        // Few iterations keep the tests fast; the hash format and comparison are the same as in production.
        var clients = await ClientRegistry.OpenAsync(store, clock, CancellationToken.None, secretHashIterations: 1_000);
        var fixture = new TokenServiceFixture(folder, store, clock, clients);
        (fixture.Client, fixture.Secret) = await clients.RegisterAsync(
            "orders-analytics", ["catalog:read"], ["consumer"], ["fraud-detection", "billing"], [], CancellationToken.None);
        fixture.Validator = fixture.Service.CreateValidator(clock, externalIssuers);
        return fixture;
    }

    public string IssueToken() => Issuer.IssueForClient(Client, Audience, ["catalog:read"]);

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
