namespace Gateway.Security.Tokens;

/// <summary>
/// Where an issuer puts roles, scopes and purposes in its tokens. Each is a claim name, or a dotted path into
/// nested objects for providers that nest them (Keycloak's "realm_access.roles"). A claim may be a string
/// (scopes space-delimited, as RFC 8693 section 4.2 writes "scope") or an array of strings.
/// </summary>
public sealed record ClaimMapping(string Roles = "roles", string Scopes = "scope", string Purposes = "purposes")
{
    /// <summary>The names the gateway's own tokens use (RFC 9068 section 2.2.3 "scope" and "roles").</summary>
    public static ClaimMapping Default { get; } = new();
}
