using Gateway.Catalog.Documents;
using Gateway.Catalog.Documents.Contracts;
using Gateway.Catalog.Documents.Profile;
using Gateway.Catalog.Model;
using Gateway.Catalog.Storage;

namespace Gateway.Security.Policies;

/// <summary>
/// The field rules of the contracts published in a catalog store: each product's current version's contract,
/// except retired products (their fields are no longer served). Drafts count: a draft whose subgraph is
/// composed serves data, and its contract protects it from the start.
/// </summary>
public static class CatalogFieldRules
{
    /// <exception cref="InvalidDataException">A stored contract no longer reads; the caller keeps the rules it had (fail closed).</exception>
    public static async Task<FieldRuleSet> LoadAsync(ICatalogStore store, CancellationToken cancellationToken)
    {
        var states = await LoadEachAsync(store, null, DateTimeOffset.UtcNow, cancellationToken).ConfigureAwait(false);
        foreach (var state in states)
        {
            if (state.Status != ProductRulesStatus.Current)
            {
                throw new InvalidDataException(state.Error);
            }
        }

        return FromStates(states);
    }

    /// <summary>The rules of the contracts in force in <paramref name="states"/>.</summary>
    public static FieldRuleSet FromStates(IReadOnlyList<ProductRulesState> states)
    {
        ArgumentNullException.ThrowIfNull(states);
        var contracts = new List<(ProductUrn, DataContract)>(states.Count);
        foreach (var state in states)
        {
            if (state.Contract is { } contract)
            {
                contracts.Add((state.Product, contract));
            }
        }

        return FieldRuleSet.FromContracts(contracts);
    }

    /// <summary>
    /// Each non-retired product's rules, one product at a time, so a contract that no longer reads costs only that
    /// product its update: its rules stay those of <paramref name="previous"/> (the last load in which it read) or else of
    /// its newest older version whose contract reads, and its state says why (<see cref="ProductRulesStatus.Stale"/>).
    /// </summary>
    /// <param name="previous">The states of the last load, by product; null at start.</param>
    /// <param name="now">When this load reads the store (a current contract's <see cref="ProductRulesState.LoadedAt"/>).</param>
    public static async Task<IReadOnlyList<ProductRulesState>> LoadEachAsync(
        ICatalogStore store, IReadOnlyDictionary<ProductUrn, ProductRulesState>? previous, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var states = new List<ProductRulesState>();
        string? after = null;
        do
        {
            var page = await store.ListProductsAsync(new ProductQuery { First = ProductQuery.MaxPageSize, After = after }, cancellationToken).ConfigureAwait(false);
            foreach (var product in page.Items)
            {
                if (product.Status == LifecycleStatus.Retired
                    || await store.GetVersionAsync(product.Urn, product.CurrentVersion, cancellationToken).ConfigureAwait(false) is not { ContractDocument: { } text })
                {
                    continue;
                }

                var read = CatalogDocumentReader.ReadContract($"{product.Urn}@{product.CurrentVersion}", text);
                if (read.Document is { } contract)
                {
                    states.Add(new ProductRulesState(product.Urn, ProductRulesStatus.Current, product.CurrentVersion, now, null) { Contract = contract });
                    continue;
                }

                var error = $"The contract of {product.Urn} version {product.CurrentVersion} does not read: {string.Join("; ", read.Diagnostics)}";
                states.Add(previous?.GetValueOrDefault(product.Urn) is { Contract: not null } last
                    ? last with { Status = ProductRulesStatus.Stale, Error = error }
                    : await OlderContractAsync(store, product, error, now, cancellationToken).ConfigureAwait(false));
            }

            after = page.HasNextPage ? page.EndCursor : null;
        }
        while (after is not null);

        return states;
    }

    /// <summary>The rules of the newest older version whose contract reads; <see cref="ProductRulesStatus.Missing"/> when none does.</summary>
    private static async Task<ProductRulesState> OlderContractAsync(
        ICatalogStore store, DataProduct product, string error, DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var version in await store.ListVersionsAsync(product.Urn, cancellationToken).ConfigureAwait(false))
        {
            if (version.Version.CompareTo(product.CurrentVersion) < 0
                && version.ContractDocument is { } text
                && CatalogDocumentReader.ReadContract($"{product.Urn}@{version.Version}", text).Document is { } contract)
            {
                return new ProductRulesState(product.Urn, ProductRulesStatus.Stale, version.Version, now, error) { Contract = contract };
            }
        }

        return new ProductRulesState(product.Urn, ProductRulesStatus.Missing, null, null, error);
    }
}
