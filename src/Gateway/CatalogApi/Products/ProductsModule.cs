using System.ComponentModel;
using Gateway.Catalog.Documents.Profile;
using Gateway.Catalog.Model;
using Gateway.Catalog.Storage;
using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Types;

namespace Gateway.CatalogApi.Products;

/// <summary>
/// The catalog's read API over an <see cref="ICatalogStore"/>: <c>products</c> (filters, order, keyset cursor
/// pages), <c>product(urn:)</c> with its versions, documents, ports, lineage, glossary, quality, service levels
/// and history, <c>domains</c> and <c>glossary</c>. Products an answer mentions (lineage ends, successors,
/// glossary fields) load through one request-wide data loader, one store query per level of the answer.
/// </summary>
public sealed partial class ProductsModule : ICatalogApiModule
{
    private readonly ICatalogStore _store;
    private readonly IProductBatchReader _batch;

    /// <param name="store">The catalog; it must also read products in batches (<see cref="IProductBatchReader"/>), as the SQL stores do.</param>
    public ProductsModule(ICatalogStore store)
        : this(store, store as IProductBatchReader
            ?? throw new ArgumentException($"The catalog API needs a store that reads products in batches ({nameof(IProductBatchReader)}).", nameof(store)))
    {
    }

    /// <param name="store">The catalog.</param>
    /// <param name="batch">Where the products an answer mentions are read, many at a time (usually <paramref name="store"/> itself).</param>
    public ProductsModule(ICatalogStore store, IProductBatchReader batch)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(batch);
        _store = store;
        _batch = batch;
    }

    public string Sdl => ProductsSdl + "\n" + ChangesSdl;

    public void Configure(SchemaBuildOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ConfigureEnums(options);
        options
            .Resolve("CatalogQuery.products", ListAsync)
            .Resolve("CatalogQuery.product", ProductAsync)
            .Resolve("CatalogQuery.domains", async context => await _store.ListDomainsAsync(context.CancellationToken))
            .Resolve("CatalogQuery.glossary", async context => await _store.ListGlossaryAsync(context.Argument<string>("domain"), context.CancellationToken))
            .Resolve("CatalogProductConnection.totalCount", async context =>
                (int)Math.Min(int.MaxValue, await _store.CountProductsAsync(((ProductConnection)context.Source!).Query, context.CancellationToken)));
        ConfigureProduct(options);
        ConfigureDocuments(options);
        ConfigureRelations(options);
        ConfigureChanges(options);
    }

    private static void ConfigureEnums(SchemaBuildOptions options) => options
        .EnumValue("CatalogProductStatus.DRAFT", LifecycleStatus.Draft)
        .EnumValue("CatalogProductStatus.PUBLISHED", LifecycleStatus.Published)
        .EnumValue("CatalogProductStatus.DEPRECATED", LifecycleStatus.Deprecated)
        .EnumValue("CatalogProductStatus.RETIRED", LifecycleStatus.Retired)
        .EnumValue("CatalogDataClassification.RAW", DataClassification.Raw)
        .EnumValue("CatalogDataClassification.CLEAN", DataClassification.Clean)
        .EnumValue("CatalogDataClassification.AGGREGATED", DataClassification.Aggregated)
        .EnumValue("CatalogProductOrderField.NAME", ProductSort.Name)
        .EnumValue("CatalogProductOrderField.UPDATED_AT", ProductSort.UpdatedAt)
        .EnumValue("CatalogProductOrderField.URN", ProductSort.Urn)
        .EnumValue("CatalogOrderDirection.ASC", ListSortDirection.Ascending)
        .EnumValue("CatalogOrderDirection.DESC", ListSortDirection.Descending)
        .EnumValue("CatalogPortDirection.INPUT", PortDirection.Input)
        .EnumValue("CatalogPortDirection.OUTPUT", PortDirection.Output)
        .EnumValue("CatalogChangeKind.PUBLISHED", ChangeKind.Published)
        .EnumValue("CatalogChangeKind.DEPRECATED", ChangeKind.Deprecated)
        .EnumValue("CatalogChangeKind.RETIRED", ChangeKind.Retired)
        .EnumValue("CatalogChangeKind.IMPORTED", ChangeKind.Imported);

    private async ValueTask<object?> ListAsync(FieldContext context)
    {
        var query = ProductListing.Query(context.Arguments);
        ProductPage page;
        try
        {
            page = await _store.ListProductsAsync(query, context.CancellationToken);
        }
        catch (ArgumentException) when (query.After is not null)
        {
            // The store refuses a cursor it did not write for this order.
            throw CatalogInputError.Create(
                "after: not a cursor of this listing (a cursor belongs to one orderBy); start again without after, or pass an endCursor this listing answered.");
        }

        return ProductListing.Connection(query, page, _batch);
    }

    private async ValueTask<object?> ProductAsync(FieldContext context)
    {
        var urn = ParseUrn(context.Argument<string>("urn"), "urn");
        return await ProductLoader(context).LoadAsync(urn);
    }

    /// <summary>A URN argument, or a field error that says the form; an unknown but well-formed URN is the caller's to answer as null.</summary>
    internal static ProductUrn ParseUrn(string? text, string argument) =>
        ProductUrn.TryParse(text, out var urn)
            ? urn
            : throw CatalogInputError.Create($"{argument}: {CatalogInputError.Quote(text)} is not a product URN; write urn:dp:<domain>:<name>, e.g. urn:dp:sales:orders.");

    /// <summary>The request's product loader: every product an answer's level mentions, in one store query.</summary>
    private DataLoader<ProductUrn, DataProduct> ProductLoader(FieldContext context) =>
        context.DataLoaders.GetOrAdd<ProductUrn, DataProduct>("catalog.products", LoadProductsAsync);

    private async ValueTask<IReadOnlyDictionary<ProductUrn, DataProduct>> LoadProductsAsync(IReadOnlyList<ProductUrn> urns, CancellationToken cancellationToken)
    {
        var found = new Dictionary<ProductUrn, DataProduct>(urns.Count);
        foreach (var product in await _batch.GetProductsAsync(urns, cancellationToken))
        {
            found[product.Urn] = product;
        }

        return found;
    }
}
