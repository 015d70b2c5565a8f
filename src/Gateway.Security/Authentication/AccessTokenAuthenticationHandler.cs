using System.Security.Claims;
using System.Text.Encodings.Web;
using Gateway.Security.Tokens;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Gateway.Security.Authentication;

/// <summary>
/// Authenticates requests by an RFC 6750 bearer access token in the Authorization header (section 2.1; tokens
/// in query strings or form bodies are not read). A valid token becomes a principal with the token's subject,
/// client, scopes, roles and purposes, and the claims themselves are kept for <see cref="AccessTokenHttpContextExtensions"/>.
/// A refused token gets a challenge with error="invalid_token" (section 3.1).
/// </summary>
public sealed class AccessTokenAuthenticationHandler(
    IOptionsMonitor<AccessTokenAuthenticationOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AccessTokenAuthenticationOptions>(options, logger, encoder)
{
    public const string SchemeName = "Bearer";

    public const string ClientIdClaim = "client_id";
    public const string ScopeClaim = "scope";
    public const string PurposeClaim = "purpose";

    private TokenValidationFailure? _failure;

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var authorization = Request.Headers.Authorization.ToString();
        // RFC 6750 section 2.1: credentials = "Bearer" 1*SP b64token; the scheme name is case-insensitive (RFC 9110 section 11.1).
        if (!authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var result = await Options.Validator!.ValidateAsync(authorization["Bearer ".Length..].Trim(), Context.RequestAborted);
        if (result.Claims is not { } claims)
        {
            _failure = result.Failure;
            return AuthenticateResult.Fail($"The access token was refused: {result.Failure}.");
        }

        Context.Features.Set(claims);
        return AuthenticateResult.Success(new AuthenticationTicket(Principal(claims), Scheme.Name));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = 401;
        // RFC 6750 section 3: without a token the challenge carries no error code; with a refused one, invalid_token.
        Response.Headers.WWWAuthenticate = _failure is { } failure
            ? $"Bearer realm=\"{Options.Realm}\", error=\"invalid_token\", error_description=\"{failure}\""
            : $"Bearer realm=\"{Options.Realm}\"";
        return Task.CompletedTask;
    }

    private ClaimsPrincipal Principal(AccessTokenClaims claims)
    {
        var identity = new ClaimsIdentity(Scheme.Name, ClaimTypes.NameIdentifier, ClaimTypes.Role);
        identity.AddClaim(new Claim(ClaimTypes.NameIdentifier, claims.Subject, ClaimValueTypes.String, claims.Issuer));
        identity.AddClaim(new Claim(ClientIdClaim, claims.ClientId, ClaimValueTypes.String, claims.Issuer));
        foreach (var scope in claims.Scopes)
        {
            identity.AddClaim(new Claim(ScopeClaim, scope, ClaimValueTypes.String, claims.Issuer));
        }

        foreach (var role in claims.Roles)
        {
            identity.AddClaim(new Claim(ClaimTypes.Role, role, ClaimValueTypes.String, claims.Issuer));
        }

        foreach (var purpose in claims.Purposes)
        {
            identity.AddClaim(new Claim(PurposeClaim, purpose, ClaimValueTypes.String, claims.Issuer));
        }

        return new ClaimsPrincipal(identity);
    }
}
