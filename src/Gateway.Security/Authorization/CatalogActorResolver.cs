using Gateway.Security.Authentication;
using Gateway.Security.Clients;
using Microsoft.AspNetCore.Http;

namespace Gateway.Security.Authorization;

/// <summary>
/// Turns a request's validated access token into a <see cref="CatalogActor"/>: roles and purposes from the token; the
/// domains from the client's registration when the gateway itself issued the token (external identity providers'
/// tokens carry no domains, so their clients cannot be domain publishers or owners, only consumers or administrators).
/// </summary>
public sealed class CatalogActorResolver(ClientRegistry clients, string ownIssuer)
{
    public async ValueTask<CatalogActor> ResolveAsync(HttpContext? context, CancellationToken cancellationToken)
    {
        if (context?.GetAccessTokenClaims() is not { } claims)
        {
            return CatalogActor.Anonymous;
        }

        IReadOnlyList<string> domains = [];
        if (string.Equals(claims.Issuer, ownIssuer, StringComparison.Ordinal)
            && await clients.FindAsync(claims.ClientId, cancellationToken) is { IsRevoked: false } client)
        {
            domains = client.Domains;
        }

        return new CatalogActor(
            claims.ClientId,
            new HashSet<string>(claims.Roles, StringComparer.Ordinal),
            domains,
            new HashSet<string>(claims.Purposes, StringComparer.Ordinal));
    }
}
