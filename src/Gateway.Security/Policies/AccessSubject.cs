namespace Gateway.Security.Policies;

/// <summary>
/// Who is asking, as the field access policy sees one request: the client (null when the request carried no
/// token), its roles and scopes, the purposes its token allows it to declare, the purpose it declared for this
/// request (a header or a token claim, already checked against <see cref="AllowedPurposes"/>), and its
/// approved, unexpired access grants.
/// </summary>
public sealed record AccessSubject(
    string? ClientId,
    IReadOnlySet<string> Roles,
    IReadOnlySet<string> Scopes,
    IReadOnlySet<string> AllowedPurposes,
    string? DeclaredPurpose,
    IReadOnlyList<ActiveGrant> Grants)
{
    /// <summary>A request without a token: no roles, no purpose, no grants.</summary>
    public static AccessSubject Anonymous { get; } = new(
        null, new HashSet<string>(StringComparer.Ordinal), new HashSet<string>(StringComparer.Ordinal),
        new HashSet<string>(StringComparer.Ordinal), null, []);

    public bool IsAuthenticated => ClientId is not null;

    public bool HasRole(string role) => Roles.Contains(role);
}
