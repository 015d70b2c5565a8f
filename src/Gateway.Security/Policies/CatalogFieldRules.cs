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
        ArgumentNullException.ThrowIfNull(store);
        var contracts = new List<(ProductUrn, DataContract)>();
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
                contracts.Add((product.Urn, read.Document ?? throw new InvalidDataException(
                    $"The stored contract of {product.Urn} version {product.CurrentVersion} does not read: {string.Join("; ", read.Diagnostics)}")));
            }

            after = page.HasNextPage ? page.EndCursor : null;
        }
        while (after is not null);

        return FieldRuleSet.FromContracts(contracts);
    }
}
