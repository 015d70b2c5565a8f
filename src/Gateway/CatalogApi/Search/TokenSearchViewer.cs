using Gateway.GraphQL.Execution;
using Gateway.Search;
using Gateway.Security.Authentication;
using Gateway.Security.Authorization;
using Microsoft.AspNetCore.Http;

namespace Gateway.CatalogApi.Search;

/// <summary>
/// Who searches, from the request's validated access token: the client, whose id is the owner name its drafts are
/// found by (a product's owner or team names the client that publishes it), and whether it holds the admin role.
/// Without a token the viewer is anonymous and sees no drafts.
/// </summary>
public static class TokenSearchViewer
{
    public static SearchViewer From(FieldContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if ((context.RequestContext as HttpContext)?.GetAccessTokenClaims() is not { } claims)
        {
            return SearchViewer.Anonymous;
        }

        var isAdministrator = false;
        foreach (var role in claims.Roles)
        {
            isAdministrator |= string.Equals(role, GatewayRoles.Admin, StringComparison.Ordinal);
        }

        return new SearchViewer(claims.ClientId, new HashSet<string>(StringComparer.Ordinal) { claims.ClientId }, isAdministrator);
    }
}
