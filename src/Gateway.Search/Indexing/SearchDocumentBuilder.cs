using Gateway.Catalog.Documents;
using Gateway.Catalog.Documents.Profile;
using Gateway.Catalog.Model;
using Gateway.Catalog.Storage;

namespace Gateway.Search.Indexing;

/// <summary>
/// Reads a product from the catalog into the document the index holds: the product's own fields, every property of
/// its current version's contract (by GraphQL coordinate, else the property's path), the glossary terms its fields
/// carry, and the share of its quality rules whose latest result passed. Without a usage reader, usage is 0.
/// </summary>
public sealed class SearchDocumentBuilder
{
    private readonly ICatalogStore _store;
    private readonly IProductUsageReader? _usage;

    public SearchDocumentBuilder(ICatalogStore store, IProductUsageReader? usage = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
        _usage = usage;
    }

    /// <summary>The product's document, or null when the catalog no longer has the product.</summary>
    public async Task<SearchDocument?> BuildAsync(ProductUrn urn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(urn);
        var product = await _store.GetProductAsync(urn, cancellationToken);
        if (product is null)
        {
            return null;
        }

        var version = await _store.GetVersionAsync(urn, product.CurrentVersion, cancellationToken);
        var fields = new List<SearchField>();
        var terms = new List<string>();
        var seenTerms = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (version?.ContractDocument is { } contractText
            && CatalogDocumentReader.ReadContract("contract", contractText).Document is { } contract)
        {
            foreach (var (path, property) in contract.AllProperties())
            {
                // ODCS v3.1 schema[].properties[]: our profile's graphqlCoordinate names the field consumers query.
                fields.Add(new SearchField(
                    property.Profile.GraphQLCoordinate ?? path,
                    property.Name,
                    property.Description ?? property.BusinessName,
                    property.Classification,
                    property.LogicalType,
                    property.Profile.GlossaryTerms));
                foreach (var term in property.Profile.GlossaryTerms)
                {
                    if (seenTerms.Add(term))
                    {
                        terms.Add(term);
                    }
                }
            }
        }

        var quality = Quality(await _store.ListQualityAsync(urn, cancellationToken));
        var usage = _usage is null ? 0 : await _usage.ReadUsageAsync(urn, cancellationToken);
        return new SearchDocument(
            urn.ToString(),
            product.Name,
            product.Description,
            product.Domain,
            product.Owner,
            product.Team,
            product.Tags,
            terms,
            product.Classification.ToString().ToLowerInvariant(),
            Lifecycle.Name(product.Status),
            product.CurrentVersion.ToString(),
            usage,
            quality,
            product.UpdatedAt,
            fields);
    }

    /// <summary>The share of evaluated rules whose latest result passed; null when no rule was ever evaluated.</summary>
    private static double? Quality(IReadOnlyList<QualityStatus> rules)
    {
        var evaluated = 0;
        var passed = 0;
        foreach (var rule in rules)
        {
            if (rule.Latest is { } latest)
            {
                evaluated++;
                passed += latest.Passed ? 1 : 0;
            }
        }

        return evaluated == 0 ? null : (double)passed / evaluated;
    }
}
