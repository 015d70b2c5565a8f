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
/// served whenever there is a catalog store; changes only when <c>admin</c> (there is no authentication yet).
/// </summary>
public static class CatalogApiModules
{
    /// <param name="store">The catalog store.</param>
    /// <param name="registry">The subgraph registry (read when a request comes: it needs the live supergraph the API is part of).</param>
    /// <param name="publisher">The product publisher (read when a request comes, for the same reason).</param>
    /// <param name="admin">Whether the catalog's changes (mutations) are served.</param>
    /// <param name="search">The search index behind <c>catalog { search suggest }</c>; not served when null.</param>
    public static IReadOnlyList<ICatalogApiModule> Create(
        ICatalogStore store, Func<SubgraphRegistry> registry, Func<ProductPublisher> publisher, bool admin, ISearchIndex? search = null)
    {
        var modules = new List<ICatalogApiModule> { new ProductsModule(store), new SubgraphRegistryModule(registry, admin) };
        if (admin)
        {
            modules.Add(new PublishingModule(store, publisher));
        }

        if (search is not null)
        {
            modules.Add(new SearchModule(search, store));
        }

        return modules;
    }
}
