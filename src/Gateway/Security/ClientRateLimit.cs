namespace Gateway.Security;

/// <summary>
/// The per-client rate limit on <c>/graphql</c> (and per address on <c>/oauth/token</c>): at most
/// <see cref="PermitLimit"/> requests in each fixed <see cref="Window"/>. A request without a token counts against its
/// remote address. <see cref="PermitLimit"/> 0 turns the limit off.
/// </summary>
public sealed record ClientRateLimit(int PermitLimit, TimeSpan Window)
{
    /// <summary>600 requests a minute: ten a second on average, bursts allowed.</summary>
    public static ClientRateLimit Default { get; } = new(600, TimeSpan.FromMinutes(1));

    public bool IsOff => PermitLimit == 0;
}
