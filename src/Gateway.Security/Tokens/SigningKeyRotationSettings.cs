namespace Gateway.Security.Tokens;

/// <summary>
/// How the token signing keys rotate: a new key every <see cref="KeyLifetime"/>; a retired key stays published for
/// <see cref="TokenLifetime"/> plus <see cref="ClockSkew"/> (until every token it signed has expired). Replicas
/// sharing keys through the catalog store read it every <see cref="RefreshInterval"/>, and a new key is published
/// <see cref="PublishAhead"/> before it signs, so every replica knows it before the first token it signs arrives.
/// </summary>
public sealed record SigningKeyRotationSettings(TimeSpan KeyLifetime, TimeSpan TokenLifetime, TimeSpan ClockSkew)
{
    public static readonly TimeSpan DefaultKeyLifetime = TimeSpan.FromDays(30);

    public TimeSpan RefreshInterval { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Two refresh intervals: a replica that just missed one refresh still reads the new key in time.</summary>
    public TimeSpan PublishAhead => RefreshInterval * 2;
}
