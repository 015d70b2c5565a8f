namespace Gateway.Catalog.Model;

/// <summary>
/// A token signing key shared by the gateway replicas through the catalog store: its place in the rotation
/// (<see cref="Generation"/>, one more than the key before it), its "kid", the private key as the identity layer
/// sealed it (the store never sees it in the clear), and from when it signs (before that, it is only published, so
/// every replica knows it before any of them signs with it).
/// </summary>
public sealed record StoredSigningKey(long Generation, string KeyId, string SealedPrivateKey, DateTimeOffset ActivatesAt, DateTimeOffset CreatedAt);
