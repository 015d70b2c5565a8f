using Gateway.Catalog.Documents.Profile;

namespace Gateway.Catalog.Model;

/// <summary>
/// An access grant through its life: what was requested (client, product, purpose, justification, when), how the
/// owner decided (by whom, when, until when for an approval, why for a rejection), and its revocation.
/// </summary>
public sealed record AccessGrant(
    long Id,
    string ClientId,
    ProductUrn Product,
    string Purpose,
    string Justification,
    DateTimeOffset RequestedAt,
    AccessGrantStatus Status,
    string? DecidedBy,
    DateTimeOffset? DecidedAt,
    DateTimeOffset? ExpiresAt,
    string? Reason,
    string? RevokedBy,
    DateTimeOffset? RevokedAt)
{
    /// <summary>Approved and not expired at <paramref name="now"/> (no expiry: until revoked).</summary>
    public bool IsActiveAt(DateTimeOffset now) => Status == AccessGrantStatus.Approved && (ExpiresAt is not { } expires || expires > now);
}
