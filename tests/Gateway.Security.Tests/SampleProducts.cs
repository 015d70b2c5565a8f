using Gateway.Catalog.Documents;
using Gateway.Catalog.Model;
using Gateway.Catalog.Storage;

namespace Gateway.Security.Tests;

/// <summary>Publishes the sample data mesh's products (src/Samples/*/product.yaml with their contracts) into a catalog store.</summary>
public static class SampleProducts
{
    public const string Users = "urn:dp:registration:registered-users";
    public const string Orders = "urn:dp:sales:orders";

    public static async Task PublishAsync(ICatalogStore store, string domainFolder)
    {
        var folder = Path.Combine(RepositoryRoot(), "src", "Samples", domainFolder);
        var descriptorText = await File.ReadAllTextAsync(Path.Combine(folder, "product.yaml"));
        var contractText = await File.ReadAllTextAsync(Path.Combine(folder, "contract.yaml"));
        var descriptor = CatalogDocumentReader.ReadDescriptor("product.yaml", descriptorText).Document!;
        var contract = CatalogDocumentReader.ReadContract("contract.yaml", contractText).Document!;
        await store.PublishAsync(ProductPublicationBuilder.Build(descriptor, descriptorText, contract, contractText, null, "tests"), 0, CancellationToken.None);
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Gateway.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The tests run outside the repository: Gateway.sln was not found above " + AppContext.BaseDirectory);
    }
}
