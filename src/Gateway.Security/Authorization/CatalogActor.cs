namespace Gateway.Security.Authorization;

/// <summary>
/// Who calls a catalog mutation or query: the client (null without a token), its roles, and the domains its
/// registration names (where a publisher may publish, whose products an owner decides on).
/// </summary>
public sealed record CatalogActor(string? ClientId, IReadOnlySet<string> Roles, IReadOnlyList<string> Domains, IReadOnlySet<string> Purposes)
{
    public static CatalogActor Anonymous { get; } = new(
        null, new HashSet<string>(StringComparer.Ordinal), [], new HashSet<string>(StringComparer.Ordinal));

    public bool IsAuthenticated => ClientId is not null;

    public bool HasRole(string role) => Roles.Contains(role);

    public bool IsAdmin => HasRole(GatewayRoles.Admin);

    /// <summary>The name decisions are recorded under.</summary>
    public string Name => ClientId ?? "anonymous";
}
