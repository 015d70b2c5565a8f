using Gateway.Catalog.Changes;
using Gateway.Catalog.Documents;
using Gateway.Catalog.Documents.Contracts;
using Gateway.Catalog.Documents.Products;
using Gateway.Catalog.Documents.Profile;
using Gateway.Catalog.Governance;
using Gateway.Catalog.Model;
using Gateway.Catalog.Storage;
using Gateway.CatalogApi;
using Gateway.Federated;
using Gateway.Federation.Composition;
using Gateway.Registry;

namespace Gateway.Publishing;

/// <summary>
/// Publishing a data product: how its subgraph enters the supergraph. A publish validates the descriptor and
/// contract, reads the subgraph's schema, composes a candidate supergraph from the stored subgraphs with this
/// product's, diffs the product against its published version (schema and contract; the version number must
/// fit the changes), runs the governance rules, and only when all of that passes stores the product version,
/// its subgraph, the new supergraph version, history and outbox event in one transaction, then serves the new
/// supergraph. Every reason to refuse is reported at once. Concurrency is optimistic, as in
/// <see cref="SubgraphRegistry"/>: a write that finds the product or the supergraph changed since it read them
/// reads, composes and checks again, so no update is lost and supergraph versions stay one sequence.
/// </summary>
public sealed partial class ProductPublisher
{
    // A write that keeps losing the race to other writers gives up after this many rounds; each lost round means
    // another writer's change was stored, so twenty concurrent publishers need at most twenty.
    private const int MaxAttempts = 32;

    private readonly ICatalogStore _store;
    private readonly IProductSupergraphStore _supergraphs;
    private readonly LiveSupergraph? _live;
    private readonly GovernanceRuleSet _rules;
    private readonly Security.CatalogContractRules? _contractRules;

    /// <param name="store">The catalog; it must also store supergraphs with products (<see cref="IProductSupergraphStore"/>), as both SQL stores do.</param>
    /// <param name="live">The supergraph this gateway serves, swapped after each stored change; null where nothing is served (the command line).</param>
    /// <param name="rules">The governance rules; <see cref="GovernanceRuleSet.Default"/> when null.</param>
    /// <param name="contractRules">The contract rules enforced on <paramref name="live"/>, loaded again after each stored change; none when null.</param>
    public ProductPublisher(ICatalogStore store, LiveSupergraph? live = null, GovernanceRuleSet? rules = null, Security.CatalogContractRules? contractRules = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
        _supergraphs = store as IProductSupergraphStore
            ?? throw new ArgumentException($"The store must implement {nameof(IProductSupergraphStore)} to store a product with its supergraph.", nameof(store));
        _live = live;
        _rules = rules ?? GovernanceRuleSet.Default;
        _contractRules = contractRules;
    }

    /// <summary>Checks and (unless a dry run) stores and serves one product version; see <see cref="PublishOutcome"/>.</summary>
    public async Task<PublishOutcome> PublishAsync(PublishRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var documents = ReadDocuments(request);
        var descriptor = documents.Descriptor;
        var urn = descriptor?.Profile.Urn;
        SemanticVersion? version = SemanticVersion.TryParse(descriptor?.Version, out var parsed) ? parsed : null;
        if (documents.Unreadable || descriptor is null)
        {
            return Refused(documents.Unreadable ? PublishStatus.Unusable : PublishStatus.Rejected, urn, version, documents.Diagnostics);
        }

        var (sdl, subgraphProblem) = await ReadSubgraphSdlAsync(request, cancellationToken);
        if (subgraphProblem is not null)
        {
            return Refused(PublishStatus.Unusable, urn, version, documents.Diagnostics) with { SubgraphProblem = subgraphProblem };
        }

        if (urn is null || version is not { } candidateVersion)
        {
            // The descriptor's diagnostics say what is missing; nothing else can be checked without the product's identity.
            return Refused(PublishStatus.Rejected, urn, version, documents.Diagnostics);
        }

        var candidate = new ProductState(candidateVersion, documents.Contract, sdl);
        for (var attempt = 1; ; attempt++)
        {
            var catalog = await CatalogState.ReadAsync(_store, _supergraphs, urn, cancellationToken);
            var conflicts = new List<string>();
            var subgraph = sdl is null
                ? null
                : new SubgraphEndpoint(request.SubgraphName ?? catalog.ProductSubgraph?.Name ?? urn.Name, request.SubgraphUrl!, sdl);
            CheckCatalog(catalog, urn, candidateVersion, descriptor, subgraph, conflicts);

            var sources = CandidateSources(catalog.Registrations, urn, subgraph);
            var composed = sources.Count == 0 ? null : SupergraphComposer.Compose(sources, CatalogApiField.ReservedNames);
            var changes = ProductChangeAnalyzer.Analyze(catalog.Published, candidate);
            var findings = _rules.Check(new GovernanceSubject(descriptor, documents.Contract, sdl));
            var publication = documents.HasErrors ? null : Build(request, documents, subgraph, conflicts);

            var rejected = publication is null || conflicts.Count > 0 || composed is { Succeeded: false } || !changes.VersionAccepted || GovernanceRuleSet.HasErrors(findings);
            var outcome = new PublishOutcome(
                rejected ? PublishStatus.Rejected : PublishStatus.DryRunPassed, urn, candidateVersion, documents.Diagnostics, null,
                composed?.Errors ?? [], catalog.Product?.CurrentVersion, changes, findings, conflicts, null, 0);
            if (rejected || request.DryRun)
            {
                return outcome;
            }

            try
            {
                if (composed is null)
                {
                    var receipt = await _store.PublishAsync(publication!, catalog.Revision, cancellationToken);
                    await RefreshContractRulesAsync(cancellationToken);
                    return outcome with { Status = PublishStatus.Published, Revision = receipt.Revision };
                }

                var stored = await _supergraphs.PublishWithSupergraphAsync(
                    publication!, catalog.Revision, composed.SupergraphSdl!, catalog.SupergraphVersion, cancellationToken);
                await RefreshContractRulesAsync(cancellationToken);
                _live?.TryActivate(stored.Supergraph.Version, composed.Supergraph!);
                return outcome with { Status = PublishStatus.Published, Supergraph = stored.Supergraph, Revision = stored.Product.Revision };
            }
            catch (CatalogConflictException) when (attempt < MaxAttempts)
            {
                // Another writer stored first: read, compose and check again from what it stored.
            }
            catch (CatalogConflictException error)
            {
                return outcome with { Status = PublishStatus.Rejected, Conflicts = [$"Other changes kept being stored first ({MaxAttempts} attempts): {error.Message}"] };
            }
            catch (CatalogRejectedException error)
            {
                return outcome with { Status = PublishStatus.Rejected, Conflicts = [error.Message] };
            }
        }
    }

    private static ReadDocumentsResult ReadDocuments(PublishRequest request)
    {
        var descriptor = CatalogDocumentReader.ReadDescriptor(request.Descriptor.FileName, request.Descriptor.Text);
        var diagnostics = new List<DocumentDiagnostic>(descriptor.Diagnostics);
        var unreadable = descriptor.Unreadable;
        DataContract? contract = null;
        if (request.Contract is { } contractSource)
        {
            var read = CatalogDocumentReader.ReadContract(contractSource.FileName, contractSource.Text);
            diagnostics.AddRange(read.Diagnostics);
            unreadable |= read.Unreadable;
            contract = read.Document;
            if (descriptor.Document is { } product && contract is not null)
            {
                diagnostics.AddRange(DocumentPairRules.Check(request.Descriptor.FileName, product, contract));
            }
        }

        return new ReadDocumentsResult(descriptor.Document, contract, diagnostics, unreadable);
    }

    // Before the new supergraph is served: its new fields are then protected from their first request.
    private async Task RefreshContractRulesAsync(CancellationToken cancellationToken)
    {
        if (_contractRules is not null)
        {
            await _contractRules.RefreshAsync(cancellationToken);
        }
    }

    private static async Task<(string? Sdl, string? Problem)> ReadSubgraphSdlAsync(PublishRequest request, CancellationToken cancellationToken)
    {
        if (request.SubgraphUrl is not { } url)
        {
            return request.SubgraphSdl is null
                ? (null, null)
                : (null, "A subgraph schema was given without the subgraph's URL; give the URL the gateway reaches it at.");
        }

        if (request.SubgraphSdl is { } sdl)
        {
            return (sdl, null);
        }

        using var http = new HttpClient { Timeout = SubgraphRegistry.SdlFetchTimeout };
        try
        {
            return (await SubgraphSdlClient.FetchSdlAsync(http, url, cancellationToken), null);
        }
        catch (SubgraphSdlException error)
        {
            return (null, $"The subgraph at {url} did not give its schema: {error.Message}");
        }
    }

    /// <summary>What the catalog would refuse at the write, found before it so a dry run reports it too.</summary>
    private static void CheckCatalog(
        CatalogState catalog, ProductUrn urn, SemanticVersion version, DataProductDescriptor descriptor, SubgraphEndpoint? subgraph, List<string> conflicts)
    {
        if (catalog.Product is { } current)
        {
            if (Lifecycle.FromDocumentStatus(descriptor.Status) is { } status && Lifecycle.Check(current.Status, status) is { } illegal)
            {
                conflicts.Add($"{urn}: {illegal}.");
            }

            if (version <= current.CurrentVersion)
            {
                conflicts.Add($"{urn}: version {version} is not above the current version {current.CurrentVersion}; publish a higher version.");
            }
        }

        if (subgraph is not null)
        {
            foreach (var registration in catalog.Registrations)
            {
                if (registration.Name == subgraph.Name && registration.Product != urn)
                {
                    conflicts.Add($"{urn}: the subgraph name '{subgraph.Name}' is registered by {registration.Product}; choose another name.");
                }
            }
        }
    }

    /// <summary>The subgraphs of the candidate supergraph: the stored ones in service, this product's replaced by <paramref name="subgraph"/>.</summary>
    private static List<SubgraphSource> CandidateSources(IReadOnlyList<SubgraphRegistration> registrations, ProductUrn urn, SubgraphEndpoint? subgraph)
    {
        var sources = new List<SubgraphSource>(registrations.Count + 1);
        foreach (var registration in registrations)
        {
            // A product serves one subgraph: the store retires any other it registered before.
            if (registration.Status != SubgraphStatus.Retired && registration.Product != urn && registration.Name != subgraph?.Name)
            {
                sources.Add(new SubgraphSource(registration.Name, registration.Url.ToString(), registration.Sdl));
            }
        }

        if (subgraph is not null)
        {
            sources.Add(new SubgraphSource(subgraph.Name, subgraph.Url.ToString(), subgraph.Sdl));
        }

        return sources;
    }

    private static ProductPublication? Build(PublishRequest request, ReadDocumentsResult documents, SubgraphEndpoint? subgraph, List<string> conflicts)
    {
        try
        {
            return ProductPublicationBuilder.Build(
                documents.Descriptor!, request.Descriptor.Text, documents.Contract, request.Contract?.Text, subgraph, request.Actor);
        }
        catch (ArgumentException error)
        {
            conflicts.Add(error.Message);
            return null;
        }
    }

    private static PublishOutcome Refused(PublishStatus status, ProductUrn? urn, SemanticVersion? version, IReadOnlyList<DocumentDiagnostic> diagnostics) =>
        new(status, urn, version, diagnostics, null, [], null, null, [], [], null, 0);

    private sealed record ReadDocumentsResult(DataProductDescriptor? Descriptor, DataContract? Contract, List<DocumentDiagnostic> Diagnostics, bool Unreadable)
    {
        public bool HasErrors => Diagnostics.Exists(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);
    }
}
