using Gateway.Security.Jose;

namespace Gateway.Security.Tokens;

/// <summary>
/// An issuer whose tokens the gateway accepts: its "iss" value, where its current public keys come from, the
/// algorithms it may use, and whether it must mark access tokens with "typ: at+jwt" (RFC 9068 section 4).
/// The gateway's own issuer allows ES256 only; external providers may also use RS256 (RFC 7518 section 3.1
/// lists both as recommended).
/// </summary>
public sealed record TrustedIssuer(
    string Issuer,
    Func<JsonWebKeySet> Keys,
    IReadOnlyList<string> AllowedAlgorithms,
    bool RequireAccessTokenType,
    Func<string, bool>? IsClientActive = null,
    ClaimMapping? Claims = null,
    RemoteKeySet? RemoteKeys = null)
{
    /// <summary>Where this issuer's tokens carry roles, scopes and purposes.</summary>
    public ClaimMapping ClaimNames => Claims ?? ClaimMapping.Default;

    /// <summary>The gateway's own token service: ES256 only, "at+jwt" required, revoked clients refused.</summary>
    public static TrustedIssuer Own(string issuer, SigningKeyRing keys, Func<string, bool> isClientActive) =>
        new(issuer, () => keys.PublishedKeys, [JwsAlgorithms.ES256], RequireAccessTokenType: true, isClientActive);

    /// <summary>An external identity provider with a fixed key set (ES256 or RS256).</summary>
    public static TrustedIssuer External(string issuer, JsonWebKeySet keys, bool requireAccessTokenType = false, ClaimMapping? claims = null) =>
        new(issuer, () => keys, [JwsAlgorithms.ES256, JwsAlgorithms.RS256], requireAccessTokenType, Claims: claims);

    /// <summary>
    /// An external identity provider whose keys are found through its discovery document and refreshed when a
    /// token names a key not yet seen (providers rotate keys by publishing the new one first).
    /// </summary>
    public static TrustedIssuer External(RemoteKeySet keys, bool requireAccessTokenType = false, ClaimMapping? claims = null) =>
        new(keys.Issuer, () => keys.Current, [JwsAlgorithms.ES256, JwsAlgorithms.RS256], requireAccessTokenType, Claims: claims, RemoteKeys: keys);
}
