using Gateway.Catalog.Model;
using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Types;

namespace Gateway.CatalogApi.Products;

/// <summary>The resolvers of a product's versions and their documents.</summary>
public sealed partial class ProductsModule
{
    private void ConfigureDocuments(SchemaBuildOptions options) => options
        .Resolve("CatalogProduct.versions", async context => await VersionsLoader(context).LoadAsync(Product(context).Urn))
        .Resolve("CatalogProduct.version", VersionAsync)
        .Resolve("CatalogProduct.descriptor", async context =>
            await CurrentVersionAsync(context) is { } version ? StoredDocuments.Descriptor(version.DescriptorDocument) : null)
        .Resolve("CatalogProduct.contract", async context => StoredDocuments.Contract((await CurrentVersionAsync(context))?.ContractDocument))
        .Resolve("CatalogProductVersion.version", static context => ValueTask.FromResult<object?>(((ProductVersion)context.Source!).Version.ToString()))
        .Resolve("CatalogProductVersion.descriptor", static context =>
            ValueTask.FromResult<object?>(StoredDocuments.Descriptor(((ProductVersion)context.Source!).DescriptorDocument)))
        .Resolve("CatalogProductVersion.contract", static context =>
            ValueTask.FromResult<object?>(StoredDocuments.Contract(((ProductVersion)context.Source!).ContractDocument)));

    private async ValueTask<object?> VersionAsync(FieldContext context)
    {
        var text = context.Argument<string>("version");
        if (!SemanticVersion.TryParse(text, out var version))
        {
            throw CatalogInputError.Create($"version: {CatalogInputError.Quote(text)} is not a semantic version; write MAJOR.MINOR.PATCH, e.g. 1.2.0.");
        }

        return await _store.GetVersionAsync(Product(context).Urn, version, context.CancellationToken);
    }

    private Task<ProductVersion?> CurrentVersionAsync(FieldContext context)
    {
        var product = Product(context);
        return _store.GetVersionAsync(product.Urn, product.CurrentVersion, context.CancellationToken);
    }
}
