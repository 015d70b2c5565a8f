using Gateway.Catalog.Documents;
using Gateway.Catalog.Governance;

namespace Gateway.Catalog.Tests.Governance;

/// <summary>The demo publishes the sample products through governance, so they must pass the built-in rules.</summary>
public sealed class SampleProductGovernanceTests
{
    [Theory]
    [InlineData("Registration", "product.yaml", "contract.yaml")]
    [InlineData("Sales", "product.yaml", "contract.yaml")]
    [InlineData("Player", "product.yaml", "contract.yaml")]
    [InlineData("Player", "listening-product.yaml", "listening-contract.yaml")]
    public void Each_sample_product_passes_the_built_in_rules(string sample, string descriptorFile, string contractFile)
    {
        var folder = Path.Combine(RepositoryRoot(), "src", "Samples", sample);
        var descriptor = CatalogDocumentReader.ReadDescriptor(descriptorFile, File.ReadAllText(Path.Combine(folder, descriptorFile)));
        var contract = CatalogDocumentReader.ReadContract(contractFile, File.ReadAllText(Path.Combine(folder, contractFile)));
        Assert.True(descriptor.IsValid && contract.IsValid);

        var findings = GovernanceRuleSet.Default.Check(new GovernanceSubject(descriptor.Document!, contract.Document, SubgraphSdl: null));

        Assert.Empty(findings);
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (Directory.Exists(Path.Combine(folder.FullName, "src", "Samples")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException("The repository's src/Samples folder is not above the test's folder.");
    }
}
