namespace Gateway.Security.Tokens;

/// <summary>
/// The claims of a JWT access token (RFC 9068 section 2.2): who issued it for which resource, the client and
/// subject, its validity window, and what it grants: OAuth scopes, roles (RFC 9068 section 2.2.3.1, from
/// RFC 7643) and the purposes the client may declare when it reads contract-governed data.
/// </summary>
public sealed record AccessTokenClaims(
    string Issuer,
    IReadOnlyList<string> Audiences,
    string Subject,
    string ClientId,
    DateTimeOffset IssuedAt,
    DateTimeOffset NotBefore,
    DateTimeOffset ExpiresAt,
    string TokenId,
    IReadOnlyList<string> Scopes,
    IReadOnlyList<string> Roles,
    IReadOnlyList<string> Purposes);
