namespace Gateway.Catalog.Model;

/// <summary>
/// An OAuth client as the catalog stores it (RFC 6749 section 2): its id, its secret's PBKDF2 hash (never the
/// secret), what its tokens carry (scopes, roles, the purposes it may declare), the domains it publishes in or
/// owns products of, and when it was revoked. Kept in the catalog store so every gateway replica sees the same
/// clients and the same revocations.
/// </summary>
public sealed record ClientRecord(
    string ClientId,
    string SecretHash,
    IReadOnlyList<string> Scopes,
    IReadOnlyList<string> Roles,
    IReadOnlyList<string> Purposes,
    IReadOnlyList<string> Domains,
    DateTimeOffset CreatedAt,
    DateTimeOffset? RevokedAt = null)
{
    public bool IsRevoked => RevokedAt is not null;
}
