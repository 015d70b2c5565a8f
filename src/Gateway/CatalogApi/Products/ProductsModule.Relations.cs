using System.Globalization;
using Gateway.Catalog.Model;
using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Types;

namespace Gateway.CatalogApi.Products;

/// <summary>The resolvers of what a product relates to: ports, lineage, glossary, quality, service levels, history.</summary>
public sealed partial class ProductsModule
{
    private const int MaxLineageDepth = 10;

    private void ConfigureRelations(SchemaBuildOptions options) => options
        .Resolve("CatalogProduct.ports", async context => await _store.ListPortsAsync(Product(context).Urn, context.CancellationToken))
        .Resolve("CatalogProduct.upstream", context => LineageAsync(context, LineageDirection.Upstream))
        .Resolve("CatalogProduct.downstream", context => LineageAsync(context, LineageDirection.Downstream))
        .Resolve("CatalogLineageEdge.upstream", async context => await ProductLoader(context).LoadAsync(((LineageEdge)context.Source!).Upstream))
        .Resolve("CatalogLineageEdge.downstream", async context => await ProductLoader(context).LoadAsync(((LineageEdge)context.Source!).Downstream))
        .Resolve("CatalogProduct.fieldLineage", async context => await _store.ListFieldLineageAsync(Product(context).Urn, context.CancellationToken))
        .Resolve("CatalogProduct.glossaryTerms", ProductTermsAsync)
        .Resolve("CatalogFieldTerm.definition", TermDefinitionAsync)
        .Resolve("CatalogGlossaryTerm.fields", GlossaryFieldsAsync)
        .Resolve("CatalogGlossaryField.product", async context => await ProductLoader(context).LoadAsync(((GlossaryLink)context.Source!).Product))
        .Resolve("CatalogProduct.quality", async context => await _store.ListQualityAsync(Product(context).Urn, context.CancellationToken))
        .Resolve("CatalogQualityRule.key", static context => ValueTask.FromResult<object?>(((QualityStatus)context.Source!).Rule.RuleKey))
        .Resolve("CatalogQualityRule.target", static context => ValueTask.FromResult<object?>(((QualityStatus)context.Source!).Rule.Target))
        .Resolve("CatalogQualityRule.type", static context => ValueTask.FromResult<object?>(((QualityStatus)context.Source!).Rule.Type))
        .Resolve("CatalogQualityRule.dimension", static context => ValueTask.FromResult<object?>(((QualityStatus)context.Source!).Rule.Dimension))
        .Resolve("CatalogQualityRule.description", static context => ValueTask.FromResult<object?>(((QualityStatus)context.Source!).Rule.Description))
        .Resolve("CatalogProduct.serviceLevels", async context => await _store.ListServiceLevelsAsync(Product(context).Urn, context.CancellationToken))
        .Resolve("CatalogProduct.history", async context => await _store.ListHistoryAsync(Product(context).Urn, context.CancellationToken))
        .Resolve("CatalogHistoryEntry.version", static context => ValueTask.FromResult<object?>(((ChangeRecord)context.Source!).Version.ToString()));

    private async ValueTask<object?> LineageAsync(FieldContext context, LineageDirection direction)
    {
        var depth = context.Argument("depth", 1);
        if (depth is < 1 or > MaxLineageDepth)
        {
            throw CatalogInputError.Create(
                $"depth: {depth.ToString(CultureInfo.InvariantCulture)} is outside 1 to {MaxLineageDepth.ToString(CultureInfo.InvariantCulture)}; walk lineage at most {MaxLineageDepth.ToString(CultureInfo.InvariantCulture)} hops at a time and ask again from the products at the edge.");
        }

        return await _store.ListLineageAsync(Product(context).Urn, direction, depth, context.CancellationToken);
    }

    private async ValueTask<object?> ProductTermsAsync(FieldContext context)
    {
        var product = Product(context);
        var version = await _store.GetVersionAsync(product.Urn, product.CurrentVersion, context.CancellationToken);
        var pairs = StoredDocuments.GlossaryTerms(version?.ContractDocument);
        var terms = new List<Dictionary<string, object?>>(pairs.Count);
        foreach (var (field, term) in pairs)
        {
            terms.Add(new Dictionary<string, object?> { ["field"] = field, ["term"] = term, ["domain"] = product.Domain });
        }

        return terms;
    }

    /// <summary>The term in the product's domain glossary; each domain's glossary is read once a request.</summary>
    private async ValueTask<object?> TermDefinitionAsync(FieldContext context)
    {
        var source = (Dictionary<string, object?>)context.Source!;
        var glossaries = context.DataLoaders.GetOrAdd<string, IReadOnlyList<GlossaryTerm>>("catalog.glossaries", async (domains, cancellationToken) =>
        {
            var found = new Dictionary<string, IReadOnlyList<GlossaryTerm>>(domains.Count, StringComparer.Ordinal);
            foreach (var domain in domains)
            {
                found[domain] = await _store.ListGlossaryAsync(domain, cancellationToken);
            }

            return found;
        });
        var name = (string)source["term"]!;
        foreach (var term in await glossaries.LoadAsync((string)source["domain"]!) ?? [])
        {
            if (string.Equals(term.Name, name, StringComparison.Ordinal))
            {
                return term;
            }
        }

        return null;
    }

    /// <summary>The fields carrying a term, within the term's domain: another domain's term of the same name is another term.</summary>
    private async ValueTask<object?> GlossaryFieldsAsync(FieldContext context)
    {
        var term = (GlossaryTerm)context.Source!;
        var links = await _store.ListGlossaryLinksAsync(term.Name, context.CancellationToken);
        var fields = new List<GlossaryLink>(links.Count);
        foreach (var link in links)
        {
            if (string.Equals(link.Product.Domain, term.Domain, StringComparison.Ordinal))
            {
                fields.Add(link);
            }
        }

        return fields;
    }
}
