using Gateway.Catalog.Storage;
using Gateway.CatalogApi.Products;
using Gateway.CatalogApi.Publishing;
using Gateway.CatalogApi.Subgraphs;
using Gateway.Publishing;
using Gateway.Registry;

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
    public static IReadOnlyList<ICatalogApiModule> Create(ICatalogStore store, Func<SubgraphRegistry> registry, Func<ProductPublisher> publisher, bool admin) =>
        admin
            ? [new ProductsModule(store), new SubgraphRegistryModule(registry, admin), new PublishingModule(store, publisher)]
            : [new ProductsModule(store), new SubgraphRegistryModule(registry, admin)];
}
