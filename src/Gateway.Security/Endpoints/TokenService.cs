using Gateway.Security.Clients;
using Gateway.Security.Tokens;

namespace Gateway.Security.Endpoints;

/// <summary>
/// What the token endpoints serve: the issuer (and through it the signing key ring), the registered clients, and
/// the audience the issued tokens are for (the gateway's GraphQL endpoint).
/// </summary>
public sealed record TokenService(AccessTokenIssuer Issuer, ClientRegistry Clients, string Audience)
{
    public const string TokenPath = "/oauth/token";
    public const string KeySetPath = "/.well-known/jwks.json";
    public const string DiscoveryPath = "/.well-known/openid-configuration";

    public SigningKeyRing Keys => Issuer.Keys;

    /// <summary>
    /// A validator for this service's own tokens: ES256 only, "typ: at+jwt", and tokens of revoked or removed
    /// clients refused. External issuers may be added beside it.
    /// </summary>
    public AccessTokenValidator CreateValidator(TimeProvider time, params TrustedIssuer[] externalIssuers) =>
        new([TrustedIssuer.Own(Issuer.Issuer, Keys, Clients.IsActive), .. externalIssuers], [Audience], time);
}
