namespace Gateway.Security.Authorization;

/// <summary>
/// The roles a client's tokens carry (RFC 9068 section 2.2.3.1 "roles"): consumers read data and ask for access;
/// publishers publish products in their domains; owners decide on access to their domains' products; administrators
/// may do everything.
/// </summary>
public static class GatewayRoles
{
    public const string Consumer = "consumer";
    public const string Publisher = "publisher";
    public const string Owner = "owner";
    public const string Admin = "admin";

    public static IReadOnlyList<string> All { get; } = [Consumer, Publisher, Owner, Admin];

    public static bool IsKnown(string role) => role is Consumer or Publisher or Owner or Admin;
}
