namespace Gateway.Security.Policies;

/// <summary>
/// An approved access grant in force: the client may read the product (by its URN, <c>urn:dp:domain:name</c>)
/// for the purpose, until <see cref="ExpiresAt"/> (null: until revoked).
/// </summary>
public sealed record ActiveGrant(string ProductUrn, string Purpose, DateTimeOffset? ExpiresAt);
