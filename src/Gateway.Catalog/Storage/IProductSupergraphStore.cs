using Gateway.Catalog.Documents.Profile;
using Gateway.Catalog.Model;

namespace Gateway.Catalog.Storage;

/// <summary>
/// Product writes that change the supergraph, stored with the supergraph they produce in one transaction: a publish
/// (the product's version, its subgraph, history and outbox event, and the supergraph composed with that subgraph), a
/// retirement (the product leaves the supergraph). Both checks hold together: the product's revision, as
/// <see cref="ICatalogStore.PublishAsync"/> checks it, and the supergraph version, as
/// <see cref="ICatalogStore.SaveSubgraphAsync"/> checks it; either failing throws <see cref="CatalogConflictException"/>
/// and nothing is stored.
/// </summary>
public interface IProductSupergraphStore
{
    /// <summary>
    /// Stores <paramref name="publication"/> as <see cref="ICatalogStore.PublishAsync"/> does and, in the same transaction,
    /// <paramref name="supergraphSdl"/> as supergraph version <paramref name="expectedSupergraphVersion"/> + 1.
    /// </summary>
    Task<ProductSupergraphReceipt> PublishWithSupergraphAsync(
        ProductPublication publication, long expectedRevision, string supergraphSdl, long expectedSupergraphVersion, CancellationToken cancellationToken);

    /// <summary>
    /// Moves a product through its lifecycle as <see cref="ICatalogStore.ChangeLifecycleAsync"/> does and, in the same
    /// transaction, stores <paramref name="supergraphSdl"/> as supergraph version <paramref name="expectedSupergraphVersion"/> + 1.
    /// </summary>
    Task<ProductSupergraphReceipt> ChangeLifecycleWithSupergraphAsync(
        LifecycleChange change, long expectedRevision, string supergraphSdl, long expectedSupergraphVersion, CancellationToken cancellationToken);

    /// <summary>
    /// The subgraph schema a product version was published with; null for a version published without a subgraph,
    /// before the catalog kept it (schema version 3), or not in the catalog.
    /// </summary>
    Task<string?> GetVersionSubgraphSdlAsync(ProductUrn urn, SemanticVersion version, CancellationToken cancellationToken);
}
