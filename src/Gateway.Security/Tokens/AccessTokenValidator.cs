using System.Text.Json;
using Gateway.Security.Jose;

namespace Gateway.Security.Tokens;

/// <summary>
/// Validates JWT access tokens as RFC 9068 section 4 and RFC 8725 (JWT best current practices) ask: the size
/// cap first, then the algorithm against a fixed asymmetric list (never "none", never HMAC, so a public key
/// cannot be used as an HMAC secret), the issuer against the trusted list, the algorithm against that issuer's
/// own list, the key by "kid", the signature, "typ", the audience, "exp" and "nbf" with a small skew, and last
/// whether the client is still registered.
/// </summary>
public sealed class AccessTokenValidator
{
    private static readonly JsonDocumentOptions s_payloadOptions = new()
    {
        // RFC 7519 section 4: claim names must be unique; a duplicate "aud" or "exp" is refused, not resolved.
        AllowDuplicateProperties = false,
        MaxDepth = 8,
    };

    private readonly Dictionary<string, TrustedIssuer> _issuers;
    private readonly HashSet<string> _audiences;
    private readonly TimeProvider _time;

    public AccessTokenValidator(IEnumerable<TrustedIssuer> issuers, IEnumerable<string> audiences, TimeProvider time)
    {
        _issuers = new Dictionary<string, TrustedIssuer>(StringComparer.Ordinal);
        foreach (var issuer in issuers)
        {
            _issuers.Add(issuer.Issuer, issuer);
        }

        _audiences = new HashSet<string>(audiences, StringComparer.Ordinal);
        if (_audiences.Count == 0)
        {
            throw new ArgumentException("A validator needs at least one audience (RFC 9068 section 4: the resource server must check \"aud\").", nameof(audiences));
        }

        _time = time;
    }

    /// <summary>The skew allowed on "exp" and "nbf" between the issuer's clock and ours; 60 seconds by default.</summary>
    public TimeSpan ClockSkew { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// The longest token accepted, in characters; 8 KiB by default (a common HTTP header line limit). Checked
    /// before anything is decoded, so an oversized token costs nothing.
    /// </summary>
    public int MaximumTokenLength { get; init; } = 8 * 1024;

    public TokenValidationResult Validate(string token) => Validate(token, out _);

    /// <summary>
    /// Validates like <see cref="Validate(string)"/>; when an external issuer's token names a key not yet fetched,
    /// fetches that issuer's keys again (rate-limited by <see cref="RemoteKeySet"/>) and validates once more.
    /// </summary>
    public async ValueTask<TokenValidationResult> ValidateAsync(string token, CancellationToken cancellationToken)
    {
        var result = Validate(token, out var issuer);
        if (result.Failure == TokenValidationFailure.UnknownKey && issuer?.RemoteKeys is { } remote
            && await remote.RefreshIfAllowedAsync(cancellationToken))
        {
            result = Validate(token, out _);
        }

        return result;
    }

    private TokenValidationResult Validate(string token, out TrustedIssuer? trusted)
    {
        trusted = null;
        if (token.Length > MaximumTokenLength)
        {
            return TokenValidationResult.Refused(TokenValidationFailure.TooLarge);
        }

        if (JwsCompactToken.TryParse(token) is not { } jws)
        {
            return TokenValidationResult.Refused(TokenValidationFailure.Malformed);
        }

        // RFC 8725 section 3.1: use an allow-list of algorithms. Only asymmetric ones are on it.
        if (jws.Algorithm is not (JwsAlgorithms.ES256 or JwsAlgorithms.RS256))
        {
            return TokenValidationResult.Refused(TokenValidationFailure.DisallowedAlgorithm);
        }

        JsonDocument payload;
        try
        {
            payload = JsonDocument.Parse(jws.Payload, s_payloadOptions);
        }
        catch (JsonException)
        {
            return TokenValidationResult.Refused(TokenValidationFailure.Malformed);
        }

        using (payload)
        {
            var claims = payload.RootElement;
            if (claims.ValueKind != JsonValueKind.Object)
            {
                return TokenValidationResult.Refused(TokenValidationFailure.Malformed);
            }

            // The issuer is read before the signature is checked only to choose the keys; RFC 8725 section 3.8
            // asks that the keys used to verify belong to the issuer the token names.
            if (Text(claims, "iss") is not { } issuerName || !_issuers.TryGetValue(issuerName, out var issuer))
            {
                return TokenValidationResult.Refused(TokenValidationFailure.UntrustedIssuer);
            }

            trusted = issuer;

            if (!Contains(issuer.AllowedAlgorithms, jws.Algorithm))
            {
                return TokenValidationResult.Refused(TokenValidationFailure.DisallowedAlgorithm);
            }

            if (jws.KeyId is null || issuer.Keys().Find(jws.KeyId) is not { } key)
            {
                return TokenValidationResult.Refused(TokenValidationFailure.UnknownKey);
            }

            if (!key.Verify(jws.Algorithm, jws.SigningInput, jws.Signature))
            {
                return TokenValidationResult.Refused(TokenValidationFailure.InvalidSignature);
            }

            // RFC 9068 section 4: "Resource servers MUST verify that the 'typ' header value is 'at+jwt' or
            // 'application/at+jwt' and reject tokens carrying any other value", which stops an ID token being
            // replayed as an access token.
            if (issuer.RequireAccessTokenType
                && !string.Equals(jws.Type, "at+jwt", StringComparison.OrdinalIgnoreCase)
                && !string.Equals(jws.Type, "application/at+jwt", StringComparison.OrdinalIgnoreCase))
            {
                return TokenValidationResult.Refused(TokenValidationFailure.WrongType);
            }

            var audiences = Strings(claims, "aud");
            if (audiences is null || !NamesThisAudience(audiences))
            {
                return TokenValidationResult.Refused(TokenValidationFailure.WrongAudience);
            }

            var now = _time.GetUtcNow();
            if (NumericDate(claims, "exp") is not { } expiresAt || now >= expiresAt + ClockSkew)
            {
                return TokenValidationResult.Refused(TokenValidationFailure.Expired);
            }

            var notBefore = NumericDate(claims, "nbf");
            if (notBefore is { } start && now + ClockSkew < start)
            {
                return TokenValidationResult.Refused(TokenValidationFailure.NotYetValid);
            }

            return ReadClaims(claims, issuer, audiences, expiresAt, notBefore);
        }
    }

    private static TokenValidationResult ReadClaims(
        JsonElement claims, TrustedIssuer issuer, IReadOnlyList<string> audiences, DateTimeOffset expiresAt, DateTimeOffset? notBefore)
    {
        var subject = Text(claims, "sub");
        // RFC 9068 section 2.2 requires "client_id", "iat" and "jti"; external providers outside that profile
        // often name the client "azp" (OpenID Connect Core section 2) and may omit the others.
        var clientId = Text(claims, "client_id") ?? (issuer.RequireAccessTokenType ? null : Text(claims, "azp") ?? subject);
        var issuedAt = NumericDate(claims, "iat");
        var tokenId = Text(claims, "jti");
        if (subject is null || clientId is null
            || (issuer.RequireAccessTokenType && (issuedAt is null || tokenId is null)))
        {
            return TokenValidationResult.Refused(TokenValidationFailure.MissingClaim);
        }

        if (issuer.IsClientActive is { } isClientActive && !isClientActive(clientId))
        {
            return TokenValidationResult.Refused(TokenValidationFailure.RevokedClient);
        }

        var names = issuer.ClaimNames;
        return TokenValidationResult.Valid(new AccessTokenClaims(
            issuer.Issuer,
            audiences,
            subject,
            clientId,
            issuedAt ?? notBefore ?? DateTimeOffset.MinValue,
            notBefore ?? issuedAt ?? DateTimeOffset.MinValue,
            expiresAt,
            tokenId ?? "",
            MappedStrings(claims, names.Scopes, splitSpaces: true),
            MappedStrings(claims, names.Roles, splitSpaces: false),
            MappedStrings(claims, names.Purposes, splitSpaces: false)));
    }

    private bool NamesThisAudience(IReadOnlyList<string> audiences)
    {
        foreach (var audience in audiences)
        {
            if (_audiences.Contains(audience))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Contains(IReadOnlyList<string> values, string value)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] == value)
            {
                return true;
            }
        }

        return false;
    }

    private static string? Text(JsonElement claims, string name) =>
        claims.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>
    /// The strings at a claim path ("roles", "realm_access.roles"): an array of strings, or one string, split at
    /// spaces for scopes. Anything else grants nothing.
    /// </summary>
    private static IReadOnlyList<string> MappedStrings(JsonElement claims, string path, bool splitSpaces)
    {
        var node = claims;
        var dot = path.IndexOf('.');
        var name = path;
        while (dot >= 0)
        {
            if (node.ValueKind != JsonValueKind.Object || !node.TryGetProperty(name[..dot], out node))
            {
                return [];
            }

            name = name[(dot + 1)..];
            dot = name.IndexOf('.');
        }

        if (node.ValueKind != JsonValueKind.Object)
        {
            return [];
        }

        if (splitSpaces && node.TryGetProperty(name, out var text) && text.ValueKind == JsonValueKind.String)
        {
            return text.GetString()!.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        }

        return Strings(node, name) ?? [];
    }

    /// <summary>A string or an array of strings (RFC 7519 section 4.1.3 allows both for "aud"); null otherwise.</summary>
    private static IReadOnlyList<string>? Strings(JsonElement claims, string name)
    {
        if (!claims.TryGetProperty(name, out var value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.String)
        {
            return [value.GetString()!];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var strings = new string[value.GetArrayLength()];
        var i = 0;
        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String)
            {
                return null;
            }

            strings[i++] = item.GetString()!;
        }

        return strings;
    }

    /// <summary>RFC 7519 section 2 NumericDate: seconds since the epoch, possibly fractional.</summary>
    private static DateTimeOffset? NumericDate(JsonElement claims, string name)
    {
        if (!claims.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.Number
            || !value.TryGetDouble(out var seconds) || seconds < 0 || seconds > 253402300799)
        {
            return null;
        }

        return DateTimeOffset.UnixEpoch.AddSeconds(Math.Floor(seconds));
    }
}
