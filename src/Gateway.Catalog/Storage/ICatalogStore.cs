using Gateway.Catalog.Documents.Profile;
using Gateway.Catalog.Model;

namespace Gateway.Catalog.Storage;

/// <summary>
/// The catalog's storage, with the same behaviour on SQLite (the embedded default) and PostgreSQL.
/// Every write is one transaction; product writes name the revision they read and fail with
/// <see cref="CatalogConflictException"/> when it is stale, so concurrent writers never lose an update.
/// </summary>
public interface ICatalogStore : IAsyncDisposable
{
    /// <summary>Applies the migrations not yet applied, under a lock; running it again does nothing. Returns the schema version.</summary>
    Task<int> MigrateAsync(CancellationToken cancellationToken);

    Task UpsertDomainAsync(Domain domain, CancellationToken cancellationToken);

    Task<IReadOnlyList<Domain>> ListDomainsAsync(CancellationToken cancellationToken);

    Task UpsertTeamAsync(Team team, CancellationToken cancellationToken);

    Task<Team?> GetTeamAsync(string name, CancellationToken cancellationToken);

    Task UpsertGlossaryTermAsync(GlossaryTerm term, CancellationToken cancellationToken);

    /// <summary>A domain's glossary (every domain's when <paramref name="domain"/> is null), by name.</summary>
    Task<IReadOnlyList<GlossaryTerm>> ListGlossaryAsync(string? domain, CancellationToken cancellationToken);

    /// <summary>The product fields that carry a glossary term.</summary>
    Task<IReadOnlyList<GlossaryLink>> ListGlossaryLinksAsync(string term, CancellationToken cancellationToken);

    /// <summary>
    /// Stores a new version of a product, its subgraph, its history entry and an outbox event in one
    /// transaction. <paramref name="expectedRevision"/> is the product's revision when it was read, 0 for a
    /// product not yet in the catalog.
    /// </summary>
    Task<PublishReceipt> PublishAsync(ProductPublication publication, long expectedRevision, CancellationToken cancellationToken);

    /// <summary>Moves a product to another lifecycle state (see <see cref="Lifecycle"/>), with its subgraph, history and an outbox event.</summary>
    Task<PublishReceipt> ChangeLifecycleAsync(LifecycleChange change, long expectedRevision, CancellationToken cancellationToken);

    Task<DataProduct?> GetProductAsync(ProductUrn urn, CancellationToken cancellationToken);

    Task<ProductPage> ListProductsAsync(ProductQuery query, CancellationToken cancellationToken);

    /// <summary>How many products the query's filters match (its paging ignored): a connection's total count.</summary>
    Task<long> CountProductsAsync(ProductQuery query, CancellationToken cancellationToken);

    /// <summary>A product's versions, newest first.</summary>
    Task<IReadOnlyList<ProductVersion>> ListVersionsAsync(ProductUrn urn, CancellationToken cancellationToken);

    Task<ProductVersion?> GetVersionAsync(ProductUrn urn, SemanticVersion version, CancellationToken cancellationToken);

    /// <summary>Product-to-product lineage from <paramref name="urn"/>, up to <paramref name="depth"/> hops (1 to 10).</summary>
    Task<IReadOnlyList<LineageEdge>> ListLineageAsync(ProductUrn urn, LineageDirection direction, int depth, CancellationToken cancellationToken);

    /// <summary>The current version's ports: inputs first, then outputs, each by name and version.</summary>
    Task<IReadOnlyList<ProductPort>> ListPortsAsync(ProductUrn urn, CancellationToken cancellationToken);

    Task<IReadOnlyList<FieldLineage>> ListFieldLineageAsync(ProductUrn urn, CancellationToken cancellationToken);

    Task<IReadOnlyList<ServiceLevel>> ListServiceLevelsAsync(ProductUrn urn, CancellationToken cancellationToken);

    Task RecordQualityResultAsync(QualityResult result, CancellationToken cancellationToken);

    /// <summary>The product's quality rules, each with its latest result.</summary>
    Task<IReadOnlyList<QualityStatus>> ListQualityAsync(ProductUrn urn, CancellationToken cancellationToken);

    /// <summary>A product's change history, oldest first.</summary>
    Task<IReadOnlyList<ChangeRecord>> ListHistoryAsync(ProductUrn urn, CancellationToken cancellationToken);

    Task<IReadOnlyList<SubgraphRegistration>> ListSubgraphsAsync(CancellationToken cancellationToken);

    Task<SubgraphRegistration?> GetSubgraphAsync(string name, CancellationToken cancellationToken);

    /// <summary>
    /// Registers or changes a subgraph and stores the supergraph composed with the change, in one transaction,
    /// as version <paramref name="expectedSupergraphVersion"/> + 1. Fails with <see cref="CatalogConflictException"/>
    /// when another writer stored a supergraph since <paramref name="expectedSupergraphVersion"/> was read (0: none yet).
    /// </summary>
    Task<StoredSupergraph> SaveSubgraphAsync(SubgraphRegistration registration, string supergraphSdl, long expectedSupergraphVersion, CancellationToken cancellationToken);

    /// <summary>
    /// Removes a subgraph and stores the supergraph composed without it, in one transaction, as
    /// <see cref="SaveSubgraphAsync"/> does; <see cref="CatalogRejectedException"/> when no subgraph has the name.
    /// </summary>
    Task<StoredSupergraph> RemoveSubgraphAsync(string name, string supergraphSdl, long expectedSupergraphVersion, CancellationToken cancellationToken);

    /// <summary>The newest stored supergraph, or null when none was stored yet.</summary>
    Task<StoredSupergraph?> GetLatestSupergraphAsync(CancellationToken cancellationToken);

    /// <summary>The newest supergraph's version (0 when none): what replicas poll, without reading the SDL.</summary>
    Task<long> GetLatestSupergraphVersionAsync(CancellationToken cancellationToken);

    /// <summary>Outbox events not yet marked processed, oldest first.</summary>
    Task<IReadOnlyList<OutboxEvent>> ReadOutboxAsync(int max, CancellationToken cancellationToken);

    Task MarkOutboxProcessedAsync(IReadOnlyList<long> ids, CancellationToken cancellationToken);

    /// <summary>Every table of the catalog (the outbox aside), for a backup.</summary>
    Task<CatalogSnapshot> ExportAsync(CancellationToken cancellationToken);

    /// <summary>Restores a backup into an empty catalog, in one transaction.</summary>
    Task ImportAsync(CatalogSnapshot snapshot, CancellationToken cancellationToken);
}
