using Gateway.Catalog.Changes;
using Gateway.Catalog.Documents;
using Gateway.Catalog.Documents.Profile;
using Gateway.Catalog.Model;
using Gateway.Catalog.Storage;

namespace Gateway.Publishing;

/// <summary>
/// What a product write reads before it composes and checks: the supergraph version (first: a change stored after
/// this read makes the write fail its version check), the registered subgraphs, and the product as published.
/// </summary>
internal sealed record CatalogState(
    long SupergraphVersion,
    IReadOnlyList<SubgraphRegistration> Registrations,
    DataProduct? Product,
    ProductState? Published,
    SubgraphRegistration? ProductSubgraph)
{
    /// <summary>The product's revision as read; 0 for a product not yet in the catalog.</summary>
    public long Revision => Product?.Revision ?? 0;

    public static async Task<CatalogState> ReadAsync(ICatalogStore store, IProductSupergraphStore versions, ProductUrn urn, CancellationToken cancellationToken)
    {
        var supergraphVersion = await store.GetLatestSupergraphVersionAsync(cancellationToken);
        var registrations = await store.ListSubgraphsAsync(cancellationToken);
        var product = await store.GetProductAsync(urn, cancellationToken);
        SubgraphRegistration? productSubgraph = null;
        foreach (var registration in registrations)
        {
            if (registration.Product == urn && registration.Status != SubgraphStatus.Retired)
            {
                productSubgraph = registration;
            }
        }

        ProductState? published = null;
        if (product is not null)
        {
            var version = await store.GetVersionAsync(urn, product.CurrentVersion, cancellationToken);
            var contract = version?.ContractDocument is { } text
                ? CatalogDocumentReader.ReadContract($"{urn} {product.CurrentVersion} contract", text).Document
                : null;
            // The schema the version was published with; the registered one for versions stored before the catalog kept it.
            var sdl = await versions.GetVersionSubgraphSdlAsync(urn, product.CurrentVersion, cancellationToken) ?? productSubgraph?.Sdl;
            published = new ProductState(product.CurrentVersion, contract, sdl);
        }

        return new CatalogState(supergraphVersion, registrations, product, published, productSubgraph);
    }
}
