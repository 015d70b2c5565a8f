using Gateway.Catalog.Documents.Profile;
using Gateway.Catalog.Model;
using Gateway.Catalog.Storage;
using Gateway.Security.Authorization;

namespace Gateway.Security.Grants;

/// <summary>
/// The access grant workflow with its checks: a consumer asks for a product for a purpose its contract allows and
/// its own registration lets it declare (GDPR Art. 5(1)(b), purpose limitation), with a justification; the
/// product's owner approves (until a date in the future) or rejects with a reason; the owner or an administrator
/// revokes. Refusals throw <see cref="CatalogForbiddenException"/> (the caller may not) or
/// <see cref="CatalogRejectedException"/> (the request breaks a rule); nothing is stored then.
/// </summary>
public sealed class AccessGrantWorkflow(ICatalogStore catalog, IAccessGrantStore grants, TimeProvider time, StoredAccessGrantReader? reader = null)
{
    public async Task<AccessGrant> RequestAsync(CatalogActor actor, ProductUrn product, string purpose, string justification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!CatalogAuthorization.MayRequestAccess(actor))
        {
            throw new CatalogForbiddenException("Only an authenticated client with the consumer role may request access; send a bearer token from /oauth/token.");
        }

        var stored = await ProductAsync(product, cancellationToken);
        if (string.IsNullOrWhiteSpace(justification))
        {
            throw new CatalogRejectedException("justification: say why the data is needed; the owner decides on it.");
        }

        if (!actor.Purposes.Contains(purpose))
        {
            throw new CatalogRejectedException(
                $"purpose: client '{actor.ClientId}' may not declare '{purpose}' (its purposes: {List(actor.Purposes)}); an administrator adds purposes to a client.");
        }

        var allowed = await AllowedPurposesAsync(stored, cancellationToken);
        if (!allowed.Contains(purpose))
        {
            throw new CatalogRejectedException($"purpose: the contract of {product} does not allow '{purpose}'; it allows {List(allowed)}.");
        }

        return await grants.RequestGrantAsync(new AccessGrantRequest(actor.ClientId!, product, purpose, justification.Trim()), cancellationToken);
    }

    public async Task<AccessGrant> ApproveAsync(CatalogActor actor, long grantId, DateTimeOffset? expiresAt, CancellationToken cancellationToken)
    {
        var grant = await DecidableGrantAsync(actor, grantId, "approve", cancellationToken);
        if (expiresAt is { } expires && expires <= time.GetUtcNow())
        {
            throw new CatalogRejectedException($"expiresAt: {expires:O} is not in the future.");
        }

        return Forget(await grants.ApproveGrantAsync(grant.Id, actor.Name, expiresAt, cancellationToken));
    }

    public async Task<AccessGrant> RejectAsync(CatalogActor actor, long grantId, string reason, CancellationToken cancellationToken)
    {
        var grant = await DecidableGrantAsync(actor, grantId, "reject", cancellationToken);
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new CatalogRejectedException("reason: say why the request is rejected; the consumer reads it.");
        }

        return Forget(await grants.RejectGrantAsync(grant.Id, actor.Name, reason.Trim(), cancellationToken));
    }

    public async Task<AccessGrant> RevokeAsync(CatalogActor actor, long grantId, string? reason, CancellationToken cancellationToken)
    {
        var grant = await DecidableGrantAsync(actor, grantId, "revoke", cancellationToken);
        return Forget(await grants.RevokeGrantAsync(grant.Id, actor.Name, string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(), cancellationToken));
    }

    /// <summary>The caller's own grants in every state, newest first.</summary>
    public Task<IReadOnlyList<AccessGrant>> ListOwnAsync(CatalogActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.ClientId is { } clientId ? grants.ListClientGrantsAsync(clientId, cancellationToken) : Task.FromResult<IReadOnlyList<AccessGrant>>([]);
    }

    /// <summary>A product's requests and grants, for its owners and administrators.</summary>
    public async Task<IReadOnlyList<AccessGrant>> ListForProductAsync(CatalogActor actor, ProductUrn product, AccessGrantStatus? status, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var stored = await ProductAsync(product, cancellationToken);
        if (!CatalogAuthorization.MayDecideAccessTo(actor, stored))
        {
            throw NotOwner(actor, stored, "list the access requests of");
        }

        return await grants.ListProductGrantsAsync(product, status, cancellationToken);
    }

    /// <summary>The purposes the product's current contract allows (none without a contract).</summary>
    public async Task<IReadOnlySet<string>> AllowedPurposesAsync(DataProduct product, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(product);
        var version = await catalog.GetVersionAsync(product.Urn, product.CurrentVersion, cancellationToken);
        return version?.ContractDocument is { } contract ? ContractPurposes.Allowed(contract) : new SortedSet<string>(StringComparer.Ordinal);
    }

    private async Task<AccessGrant> DecidableGrantAsync(CatalogActor actor, long grantId, string action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var grant = await grants.GetGrantAsync(grantId, cancellationToken) ?? throw new CatalogRejectedException($"There is no access grant {grantId}.");
        var product = await ProductAsync(grant.Product, cancellationToken);
        if (!CatalogAuthorization.MayDecideAccessTo(actor, product))
        {
            throw NotOwner(actor, product, action + " access to");
        }

        return grant;
    }

    private async Task<DataProduct> ProductAsync(ProductUrn product, CancellationToken cancellationToken) =>
        await catalog.GetProductAsync(product, cancellationToken)
            ?? throw new CatalogRejectedException($"product: {product} is not in the catalog.");

    private AccessGrant Forget(AccessGrant grant)
    {
        reader?.Forget(grant.ClientId);
        return grant;
    }

    private static CatalogForbiddenException NotOwner(CatalogActor actor, DataProduct product, string action) =>
        new($"Client '{actor.Name}' may not {action} {product.Urn}: that takes the owner role in the domain '{product.Domain}', or the admin role.");

    private static string List(IEnumerable<string> values)
    {
        var text = string.Join(", ", values.Order(StringComparer.Ordinal));
        return text.Length == 0 ? "none" : text;
    }
}
