using System.Security.Cryptography;
using System.Text.Json;
using Gateway.Security.Clients;
using Gateway.Security.Jose;

namespace Gateway.Security.Tokens;

/// <summary>Issues RFC 9068 JWT access tokens signed with ES256 by the ring's current key.</summary>
public sealed class AccessTokenIssuer
{
    /// <summary>RFC 9068 section 2.1: access tokens "MUST include this media type in the 'typ' header".</summary>
    public const string AccessTokenType = "at+jwt";

    private readonly SigningKeyRing _keys;
    private readonly TimeProvider _time;

    public AccessTokenIssuer(string issuer, SigningKeyRing keys, TimeProvider time, TimeSpan lifetime)
    {
        ArgumentException.ThrowIfNullOrEmpty(issuer);
        Issuer = issuer;
        _keys = keys;
        _time = time;
        Lifetime = lifetime;
    }

    public string Issuer { get; }

    /// <summary>The ring whose current key signs; its published keys are the JWKS.</summary>
    public SigningKeyRing Keys => _keys;

    public TimeSpan Lifetime { get; }

    /// <summary>
    /// A token for a client acting on its own behalf (the client credentials grant, RFC 6749 section 4.4), so
    /// "sub" is the client id (RFC 9068 section 2.2). <paramref name="scopes"/> must be a subset of the client's.
    /// </summary>
    public string IssueForClient(ClientRegistration client, string audience, IReadOnlyList<string> scopes)
    {
        var now = _time.GetUtcNow();
        var claims = new AccessTokenClaims(
            Issuer,
            [audience],
            client.ClientId,
            client.ClientId,
            now,
            now,
            now + Lifetime,
            StrictBase64Url.Encode(RandomNumberGenerator.GetBytes(16)),
            scopes,
            client.Roles,
            client.Purposes);
        return Issue(claims);
    }

    /// <summary>Signs <paramref name="claims"/> as they are; their issuer must be this issuer's.</summary>
    public string Issue(AccessTokenClaims claims)
    {
        if (claims.Issuer != Issuer)
        {
            throw new ArgumentException($"The claims name the issuer '{claims.Issuer}', not '{Issuer}'.", nameof(claims));
        }

        using var payload = new MemoryStream();
        using (var writer = new Utf8JsonWriter(payload, JoseJson.WriterOptions))
        {
            WriteClaims(writer, claims);
        }

        return JwsCompactToken.Sign(_keys.Current, AccessTokenType, payload.GetBuffer().AsSpan(0, (int)payload.Length));
    }

    private static void WriteClaims(Utf8JsonWriter writer, AccessTokenClaims claims)
    {
        writer.WriteStartObject();
        writer.WriteString("iss", claims.Issuer);
        if (claims.Audiences.Count == 1)
        {
            // RFC 7519 section 4.1.3: a single audience may be a string.
            writer.WriteString("aud", claims.Audiences[0]);
        }
        else
        {
            JoseJson.WriteStrings(writer, "aud", claims.Audiences);
        }

        writer.WriteString("sub", claims.Subject);
        writer.WriteString("client_id", claims.ClientId);
        writer.WriteNumber("iat", claims.IssuedAt.ToUnixTimeSeconds());
        writer.WriteNumber("nbf", claims.NotBefore.ToUnixTimeSeconds());
        writer.WriteNumber("exp", claims.ExpiresAt.ToUnixTimeSeconds());
        writer.WriteString("jti", claims.TokenId);
        if (claims.Scopes.Count > 0)
        {
            // RFC 9068 section 2.2.3 (after RFC 8693 section 4.2): one space-delimited string.
            writer.WriteString("scope", string.Join(' ', claims.Scopes));
        }

        JoseJson.WriteStrings(writer, "roles", claims.Roles);
        JoseJson.WriteStrings(writer, "purposes", claims.Purposes);
        writer.WriteEndObject();
    }
}
