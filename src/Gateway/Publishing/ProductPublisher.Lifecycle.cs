using Gateway.Catalog.Documents.Profile;
using Gateway.Catalog.Model;
using Gateway.Catalog.Storage;
using Gateway.CatalogApi;
using Gateway.Federation.Composition;

namespace Gateway.Publishing;

/// <summary>Deprecation and retirement: the later lifecycle moves, each one transaction with its history and outbox event.</summary>
public sealed partial class ProductPublisher
{
    /// <summary>
    /// Deprecates a product: it keeps its place in the supergraph (consumers move by the sunset date), and the
    /// catalog records the sunset date, the successor and the reason.
    /// </summary>
    public async Task<LifecycleOutcome> DeprecateAsync(DeprecationRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var change = new LifecycleChange(
            request.Product, LifecycleStatus.Deprecated, new Deprecation(request.SunsetDate, request.Successor, request.Reason), request.Actor);
        for (var attempt = 1; ; attempt++)
        {
            if (await _store.GetProductAsync(request.Product, cancellationToken) is not { } product)
            {
                return NotInCatalog(request.Product);
            }

            try
            {
                var receipt = await _store.ChangeLifecycleAsync(change, product.Revision, cancellationToken);
                await RefreshContractRulesAsync(cancellationToken);
                return new LifecycleOutcome(true, request.Product, [], [], null, receipt.Revision);
            }
            catch (CatalogConflictException) when (attempt < MaxAttempts)
            {
                // The product changed since it was read: read it again.
            }
            catch (Exception error) when (error is CatalogConflictException or CatalogRejectedException)
            {
                return new LifecycleOutcome(false, request.Product, [], [error.Message], null, 0);
            }
        }
    }

    /// <summary>
    /// Retires a deprecated product: its subgraph leaves the supergraph, composed again without it and stored with the
    /// retirement in one transaction. A supergraph that does not compose without it (other subgraphs still need its
    /// types) refuses the retirement with every composition error.
    /// </summary>
    public async Task<LifecycleOutcome> RetireAsync(RetirementRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var change = new LifecycleChange(request.Product, LifecycleStatus.Retired, null, request.Actor);
        for (var attempt = 1; ; attempt++)
        {
            var catalog = await CatalogState.ReadAsync(_store, _supergraphs, request.Product, cancellationToken);
            if (catalog.Product is null)
            {
                return NotInCatalog(request.Product);
            }

            CompositionResult? composed = null;
            if (catalog.ProductSubgraph is not null)
            {
                var remaining = CandidateSources(catalog.Registrations, request.Product, null);
                if (remaining.Count == 0)
                {
                    return new LifecycleOutcome(false, request.Product, [], [
                        $"{request.Product} serves the only subgraph in the supergraph, which cannot be empty; publish another product first."], null, 0);
                }

                composed = SupergraphComposer.Compose(remaining, CatalogApiField.ReservedNames);
                if (!composed.Succeeded)
                {
                    return new LifecycleOutcome(false, request.Product, composed.Errors, [], null, 0);
                }
            }

            try
            {
                if (composed is null)
                {
                    var receipt = await _store.ChangeLifecycleAsync(change, catalog.Revision, cancellationToken);
                    await RefreshContractRulesAsync(cancellationToken);
                    return new LifecycleOutcome(true, request.Product, [], [], null, receipt.Revision);
                }

                var stored = await _supergraphs.ChangeLifecycleWithSupergraphAsync(
                    change, catalog.Revision, composed.SupergraphSdl!, catalog.SupergraphVersion, cancellationToken);
                await RefreshContractRulesAsync(cancellationToken);
                _live?.TryActivate(stored.Supergraph.Version, composed.Supergraph!);
                return new LifecycleOutcome(true, request.Product, [], [], stored.Supergraph, stored.Product.Revision);
            }
            catch (CatalogConflictException) when (attempt < MaxAttempts)
            {
                // Another writer stored first: compose again from what it stored.
            }
            catch (Exception error) when (error is CatalogConflictException or CatalogRejectedException)
            {
                return new LifecycleOutcome(false, request.Product, [], [error.Message], null, 0);
            }
        }
    }

    private static LifecycleOutcome NotInCatalog(ProductUrn urn) =>
        new(false, urn, [], [$"{urn} is not in the catalog; 'gateway product publish' adds it."], null, 0);
}
