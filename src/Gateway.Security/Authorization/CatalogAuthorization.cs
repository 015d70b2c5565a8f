using Gateway.Catalog.Model;

namespace Gateway.Security.Authorization;

/// <summary>
/// Who may do what in the catalog. Administrators may do everything; publishers publish only in the domains their
/// registration names; a product's owners (the owner role in the product's domain, or the client the descriptor
/// names as owner) decide on access to it, revoke it, and read its audit log; consumers ask for access.
/// </summary>
public static class CatalogAuthorization
{
    public static bool MayPublishIn(CatalogActor actor, string domain)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.IsAdmin || (actor.HasRole(GatewayRoles.Publisher) && Contains(actor.Domains, domain));
    }

    public static bool MayRequestAccess(CatalogActor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.IsAuthenticated && (actor.HasRole(GatewayRoles.Consumer) || actor.IsAdmin);
    }

    /// <summary>Approve, reject or revoke access to <paramref name="product"/>, and list its requests.</summary>
    public static bool MayDecideAccessTo(CatalogActor actor, DataProduct product)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(product);
        return actor.IsAdmin || IsOwnerOf(actor, product);
    }

    public static bool MayReadAuditLogOf(CatalogActor actor, DataProduct product)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(product);
        return actor.IsAdmin || IsOwnerOf(actor, product);
    }

    private static bool IsOwnerOf(CatalogActor actor, DataProduct product) =>
        actor.HasRole(GatewayRoles.Owner)
        && (Contains(actor.Domains, product.Domain) || (product.Owner is { } owner && string.Equals(owner, actor.ClientId, StringComparison.Ordinal)));

    private static bool Contains(IReadOnlyList<string> values, string value)
    {
        foreach (var candidate in values)
        {
            if (string.Equals(candidate, value, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
