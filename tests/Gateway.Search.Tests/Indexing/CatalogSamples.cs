using Gateway.Catalog.Documents;
using Gateway.Catalog.Documents.Profile;
using Gateway.Catalog.Model;
using Gateway.Catalog.Storage;

namespace Gateway.Search.Tests.Indexing;

/// <summary>Products published into a real catalog: the sample data mesh's three domains, and as many plain products as a test needs.</summary>
public static class CatalogSamples
{
    public static readonly string[] SampleUrns =
        ["urn:dp:registration:registered-users", "urn:dp:sales:orders", "urn:dp:player:play-events"];

    /// <summary>Publishes the sample products (descriptor and contract, as <c>gateway serve --demo</c> does).</summary>
    public static async Task PublishSamplesAsync(ICatalogStore store)
    {
        foreach (var domain in (string[])["Registration", "Sales", "Player"])
        {
            var folder = Path.Combine(AppContext.BaseDirectory, "samples", domain);
            var descriptorText = await File.ReadAllTextAsync(Path.Combine(folder, "product.yaml"));
            var contractText = await File.ReadAllTextAsync(Path.Combine(folder, "contract.yaml"));
            var descriptor = CatalogDocumentReader.ReadDescriptor("product.yaml", descriptorText).Document!;
            var contract = CatalogDocumentReader.ReadContract("contract.yaml", contractText).Document!;
            var publication = ProductPublicationBuilder.Build(descriptor, descriptorText, contract, contractText, null, "test");
            await store.PublishAsync(publication, 0, CancellationToken.None);
        }
    }

    /// <summary>Publishes <paramref name="count"/> products <c>urn:dp:bulk:product-N</c> without contracts.</summary>
    public static async Task<IReadOnlyList<string>> PublishPlainAsync(ICatalogStore store, int count, string prefix = "product")
    {
        var urns = new List<string>();
        for (var i = 1; i <= count; i++)
        {
            var urn = new ProductUrn("bulk", $"{prefix}-{i}");
            await store.PublishAsync(Plain(urn, $"Bulk {prefix} {i}", LifecycleStatus.Published), 0, CancellationToken.None);
            urns.Add(urn.ToString());
        }

        return urns;
    }

    public static ProductPublication Plain(ProductUrn urn, string name, LifecycleStatus status, string version = "1.0.0") => new(
        urn, urn.Domain, null, name, $"The {name} product.", "ana", "bulk-team", DataClassification.Clean, ["bulk"], SemanticVersion.Parse(version), status,
        $"descriptor of {urn}", null, null, [], [], [], [], [], null, "test");
}
