using Gateway.Security.Clients;
using Gateway.Security.Endpoints;
using Gateway.Security.Tokens;

namespace Gateway.Security.Tests.Tokens;

/// <summary>A token service as the gateway runs it: a key ring, an issuer, a client registry and a validator.</summary>
public sealed class TokenServiceFixture
{
    public const string IssuerName = "https://gateway.test";
    public const string Audience = "https://gateway.test/graphql";

    public TokenServiceFixture(params TrustedIssuer[] externalIssuers)
    {
        // Today's time in whole seconds, so tokens also hold when a peer checks them against its own clock.
        Clock = new ManualClock(DateTimeOffset.FromUnixTimeSeconds(TimeProvider.System.GetUtcNow().ToUnixTimeSeconds()));
        Keys = new SigningKeyRing(Clock, TimeSpan.FromMinutes(15), TimeSpan.FromSeconds(60));
        Issuer = new AccessTokenIssuer(IssuerName, Keys, Clock, TimeSpan.FromMinutes(15));
        // Few iterations keep the tests fast; the hash format and comparison are the same as in production.
        Clients = new ClientRegistry(Clock, secretHashIterations: 1_000);
        (Client, Secret) = Clients.Register("orders-analytics", ["catalog:read"], ["consumer"], ["fraud-detection", "billing"]);
        Service = new TokenService(Issuer, Clients, Audience);
        Validator = Service.CreateValidator(Clock, externalIssuers);
    }

    public ManualClock Clock { get; }

    public SigningKeyRing Keys { get; }

    public AccessTokenIssuer Issuer { get; }

    public ClientRegistry Clients { get; }

    public ClientRegistration Client { get; }

    public string Secret { get; }

    public TokenService Service { get; }

    public AccessTokenValidator Validator { get; }

    public string IssueToken() => Issuer.IssueForClient(Client, Audience, ["catalog:read"]);
}
