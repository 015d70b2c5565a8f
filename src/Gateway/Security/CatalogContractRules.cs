using System.Diagnostics.Metrics;
using Gateway.Catalog.Documents.Profile;
using Gateway.Catalog.Storage;
using Gateway.Security.Policies;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Gateway.Security;

/// <summary>
/// The field rules of the contracts published in the catalog store the gateway serves from, kept in force: loaded at
/// start and loaded again after every stored change that can alter them (publish, deprecate, retire, a newer
/// supergraph picked up from the store), before the new supergraph is served, so a new product's fields are
/// protected from their first request. Products are read one by one: a contract that no longer reads is logged as an
/// error with its product and diagnostics, that product keeps its last good rules (fail closed), the others are
/// updated, and the product's state (<see cref="StateOf"/>, the catalog API's <c>accessRules</c>) and the gauge
/// <see cref="StaleProductsInstrument"/> say so until it is fixed.
/// </summary>
public sealed class CatalogContractRules : IDisposable
{
    /// <summary>The meter of the rule loading's instruments.</summary>
    public const string MeterName = "Gateway.AccessRules";

    /// <summary>Products whose rules in force are not their current contract's (stale or missing): 0 when all is well.</summary>
    public const string StaleProductsInstrument = "gateway.access_rules.stale_products";

    private readonly ICatalogStore _store;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private readonly Meter _meter;
    private readonly SemaphoreSlim _loading = new(1, 1);
    private volatile Dictionary<ProductUrn, ProductRulesState> _states;

    private CatalogContractRules(ICatalogStore store, ILogger logger, TimeProvider time, IReadOnlyList<ProductRulesState> states)
    {
        _store = store;
        _logger = logger;
        _time = time;
        _states = ByProduct(states);
        Rules = new LiveFieldRules(CatalogFieldRules.FromStates(states));
        _meter = new Meter(MeterName);
        _meter.CreateObservableGauge(StaleProductsInstrument, CountStale, unit: "{product}",
            description: "Products whose current contract does not read, enforced with their last good rules (or none).");
    }

    /// <summary>The rules in force, for <see cref="FieldAccessPipeline"/>.</summary>
    public LiveFieldRules Rules { get; }

    /// <summary>The meter of <see cref="StaleProductsInstrument"/>, for a listener that selects it by reference.</summary>
    public Meter Meter => _meter;

    /// <exception cref="InvalidDataException">
    /// A stored contract does not read and no earlier version of its product does: serving without its rules would
    /// expose its fields.
    /// </exception>
    public static async Task<CatalogContractRules> LoadAsync(
        ICatalogStore store, CancellationToken cancellationToken, ILogger? logger = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        time ??= TimeProvider.System;
        logger ??= NullLogger.Instance;
        var states = await CatalogFieldRules.LoadEachAsync(store, null, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        foreach (var state in states)
        {
            if (state.Status == ProductRulesStatus.Missing)
            {
                throw new InvalidDataException(state.Error + "; no earlier version's contract reads either, so its fields cannot be protected. Publish a version whose contract reads.");
            }
        }

        var rules = new CatalogContractRules(store, logger, time, states);
        rules.Report(states, previous: null);
        return rules;
    }

    /// <summary>The state of <paramref name="product"/>'s rules; null when it has none (no contract, retired, unknown).</summary>
    public ProductRulesState? StateOf(ProductUrn product) => _states.GetValueOrDefault(product);

    /// <summary>
    /// Loads the stored contracts again and puts their rules in force. A product whose contract no longer reads keeps
    /// its last good rules; false is answered when any product's rules are not its current contract's.
    /// </summary>
    public async Task<bool> RefreshAsync(CancellationToken cancellationToken)
    {
        await _loading.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var previous = _states;
            var states = await CatalogFieldRules.LoadEachAsync(_store, previous, _time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
            Rules.Publish(CatalogFieldRules.FromStates(states));
            _states = ByProduct(states);
            return Report(states, previous);
        }
        finally
        {
            _loading.Release();
        }
    }

    public void Dispose()
    {
        _meter.Dispose();
        _loading.Dispose();
    }

    /// <summary>Logs an error for every product not enforced with its current contract; true when there is none.</summary>
    private bool Report(IReadOnlyList<ProductRulesState> states, Dictionary<ProductUrn, ProductRulesState>? previous)
    {
        var allCurrent = true;
        foreach (var state in states)
        {
            if (state.Status == ProductRulesStatus.Current)
            {
                if (previous?.GetValueOrDefault(state.Product) is { Status: not ProductRulesStatus.Current })
                {
                    _logger.LogInformation("The contract of {Product} version {Version} reads again; its rules are in force.", state.Product, state.Version);
                }

                continue;
            }

            allCurrent = false;
            if (state.Status == ProductRulesStatus.Stale)
            {
                _logger.LogError(
                    "{Error}. The rules of its version {Version} (read {LoadedAt:O}) stay in force until a contract that reads is published.",
                    state.Error, state.Version, state.LoadedAt);
            }
            else
            {
                _logger.LogError("{Error}. No contract of the product reads: none of its field rules are in force.", state.Error);
            }
        }

        return allCurrent;
    }

    private int CountStale()
    {
        var count = 0;
        foreach (var state in _states.Values)
        {
            if (state.Status != ProductRulesStatus.Current)
            {
                count++;
            }
        }

        return count;
    }

    private static Dictionary<ProductUrn, ProductRulesState> ByProduct(IReadOnlyList<ProductRulesState> states)
    {
        var byProduct = new Dictionary<ProductUrn, ProductRulesState>(states.Count);
        foreach (var state in states)
        {
            byProduct[state.Product] = state;
        }

        return byProduct;
    }
}
