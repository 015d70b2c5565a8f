using Gateway.Catalog.Storage;
using Gateway.CatalogApi.Products;
using Gateway.CatalogApi.Publishing;
using Gateway.CatalogApi.Search;
using Gateway.CatalogApi.Subgraphs;
using Gateway.Publishing;
using Gateway.Registry;
using Gateway.Search;

namespace Gateway.CatalogApi;

/// <summary>
/// The parts the gateway serves under <c>catalog</c>, in one list: a new part is one more line here. Reads are
/// served whenever there is a catalog store; changes when <c>admin</c> (no authentication) or, with identity, to the roles each change needs.
/// </summary>
public static class CatalogApiModules
{
    /// <param name="store">The catalog store.</param>
    /// <param name="registry">The subgraph registry (read when a request comes: it needs the live supergraph the API is part of).</param>
    /// <param name="publisher">The product publisher (read when a request comes, for the same reason).</param>
    /// <param name="admin">Whether the catalog's changes (mutations) are served.</param>
    /// <param name="search">The search index behind <c>catalog { search suggest }</c>; not served when null.</param>
    /// <param name="identity">
    /// When serving with identity: the access API is served, and the changes are served with the roles each needs
    /// (<see cref="CatalogChangeRoles"/>) whatever <paramref name="admin"/> says.
    /// </param>
    /// <param name="contractRules">The catalog contracts' rules in force: each product's <c>accessRules</c> reads their state.</param>
    public static IReadOnlyList<ICatalogApiModule> Create(
        ICatalogStore store, Func<SubgraphRegistry> registry, Func<ProductPublisher> publisher, bool admin, ISearchIndex? search = null,
        Security.GatewayIdentity? identity = null, Security.CatalogContractRules? contractRules = null)
    {
        var roles = identity is null ? null : new CatalogChangeRoles(identity);
        admin |= roles is not null;
        var modules = new List<ICatalogApiModule> { new ProductsModule(store), new SubgraphRegistryModule(registry, admin, roles) };
        if (store is IProductUsageStore usage)
        {
            modules.Add(new Usage.UsageModule(usage));
        }

        if (admin)
        {
            modules.Add(new PublishingModule(store, publisher, roles));
        }

        if (identity is not null)
        {
            modules.Add(new Access.AccessModule(identity));
        }

        if (contractRules is not null)
        {
            modules.Add(new Access.AccessRulesModule(contractRules));
        }

        if (search is not null)
        {
            modules.Add(new SearchModule(search, store, identity is null ? null : TokenSearchViewer.From));
        }

        return modules;
    }
}
