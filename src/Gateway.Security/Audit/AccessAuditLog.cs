using Gateway.Catalog.Documents.Profile;
using Gateway.Catalog.Storage;
using Gateway.Security.Authorization;

namespace Gateway.Security.Audit;

/// <summary>Reads a product's access audit log, for its owners and administrators only.</summary>
public sealed class AccessAuditLog(ICatalogStore catalog, IAccessAuditStore store)
{
    public const int MaxPageSize = 500;

    public async Task<AuditLogPage> ReadAsync(CatalogActor actor, ProductUrn product, int first, long? before, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (first is < 1 or > MaxPageSize)
        {
            throw new CatalogRejectedException($"first: {first} is outside 1 to {MaxPageSize}.");
        }

        var stored = await catalog.GetProductAsync(product, cancellationToken)
            ?? throw new CatalogRejectedException($"product: {product} is not in the catalog.");
        if (!CatalogAuthorization.MayReadAuditLogOf(actor, stored))
        {
            throw new CatalogForbiddenException(
                $"Client '{actor.Name}' may not read the audit log of {product}: that takes the owner role in the domain '{stored.Domain}', or the admin role.");
        }

        return await store.ListAuditEntriesAsync(product, first, before, cancellationToken);
    }
}
