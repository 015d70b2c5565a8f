namespace Gateway.Security;

/// <summary>
/// How <c>gateway serve</c> runs identity: where the signing keys live, who the issuer is, how long tokens last,
/// which external identity providers are trusted, and the per-client rate limit.
/// </summary>
public sealed record IdentitySettings
{
    /// <summary>The folder for the signing key file (<c>signing-keys.json</c>) and, unless the password comes from the environment, its password file.</summary>
    public required string DataDirectory { get; init; }

    /// <summary>The "iss" of issued tokens and the base of the discovery document's URLs; null: the first URL the gateway listens on.</summary>
    public string? Issuer { get; init; }

    public TimeSpan TokenLifetime { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>External identity providers whose tokens are accepted (their keys found through discovery).</summary>
    public IReadOnlyList<TrustedIssuerSetting> TrustedIssuers { get; init; } = [];

    public ClientRateLimit RateLimit { get; init; } = ClientRateLimit.Default;

    /// <summary>How long a client's grants are cached between store reads.</summary>
    public TimeSpan GrantCacheDuration { get; init; } = Grants.StoredAccessGrantReader.DefaultCacheDuration;

    /// <summary>How stale the set of revoked clients may get before a request reloads it.</summary>
    public TimeSpan RevocationRefreshInterval { get; init; } = Clients.ClientRegistry.DefaultRefreshInterval;

    /// <summary>How long a signing key signs before the next one takes over (old keys verify until their tokens expire).</summary>
    public TimeSpan SigningKeyLifetime { get; init; } = Tokens.SigningKeyRotationSettings.DefaultKeyLifetime;

    /// <summary>
    /// Seals the signing keys kept in the catalog store, shared by every replica; null: the key ring file in
    /// <see cref="DataDirectory"/>, for a single gateway.
    /// </summary>
    public Tokens.KeyEncryptionKey? KeyEncryptionKey { get; init; }

    /// <summary>How often the signing keys are checked for rotation and, when shared, read again from the store.</summary>
    public TimeSpan SigningKeyRefreshInterval { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>PBKDF2 iterations for new client secrets.</summary>
    public int SecretHashIterations { get; init; } = Clients.ClientSecretHash.DefaultIterations;
}
