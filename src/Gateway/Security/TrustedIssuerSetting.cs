using Gateway.Security.Tokens;

namespace Gateway.Security;

/// <summary>An external identity provider: its issuer URL (discovery at <c>ISSUER/.well-known/openid-configuration</c>) and where its tokens carry roles, scopes and purposes.</summary>
public sealed record TrustedIssuerSetting(string Issuer, ClaimMapping Claims);
