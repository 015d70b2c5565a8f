namespace Gateway.Security.Clients;

/// <summary>
/// A registered OAuth client (RFC 6749 section 2): its id, its secret's hash, what its tokens may carry, the
/// domains it publishes in or owns products of (for the publisher and owner roles), and when it was revoked, if it
/// was. Tokens of a revoked client are refused even before they expire.
/// </summary>
public sealed record ClientRegistration(
    string ClientId,
    string SecretHash,
    IReadOnlyList<string> Scopes,
    IReadOnlyList<string> Roles,
    IReadOnlyList<string> Purposes,
    DateTimeOffset CreatedAt,
    DateTimeOffset? RevokedAt = null)
{
    public IReadOnlyList<string> Domains { get; init; } = [];

    public bool IsRevoked => RevokedAt is not null;
}
