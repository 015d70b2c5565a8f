using Gateway.Security.Tokens;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Security.Authentication;

/// <summary>Registers the bearer access token scheme, and reads the validated token of a request.</summary>
public static class AccessTokenHttpContextExtensions
{
    /// <summary>Adds the "Bearer" scheme, validating with <paramref name="validator"/>, as the default scheme.</summary>
    public static AuthenticationBuilder AddGatewayAccessTokens(this IServiceCollection services, AccessTokenValidator validator) =>
        services
            .AddAuthentication(AccessTokenAuthenticationHandler.SchemeName)
            .AddScheme<AccessTokenAuthenticationOptions, AccessTokenAuthenticationHandler>(
                AccessTokenAuthenticationHandler.SchemeName, options => options.Validator = validator);

    /// <summary>The claims of the request's validated access token, or null when it carried none.</summary>
    public static AccessTokenClaims? GetAccessTokenClaims(this HttpContext context) => context.Features.Get<AccessTokenClaims>();
}
