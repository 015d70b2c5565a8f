using System.Text.RegularExpressions;
using Gateway.Catalog.Documents;
using Gateway.GraphQL.Types;
using Gateway.Samples.Player;
using Gateway.Samples.Registration;
using Gateway.Samples.Sales;

namespace Gateway.Samples.Tests;

/// <summary>
/// The descriptors and contracts beside each sample domain agree with the subgraph they describe: every
/// contract property's <c>graphqlCoordinate</c> is a field the subgraph serves, and every descriptor's URN is
/// <c>urn:dp:&lt;domain&gt;:&lt;name&gt;</c> of its own domain and name; and the catalog's document reader finds
/// nothing to report in any of them.
/// </summary>
public sealed partial class ProductDocumentTests
{
    public static TheoryData<string, string, string> Contracts => new()
    {
        { "Registration", "contract.yaml", RegistrationSubgraph.Sdl },
        { "Sales", "contract.yaml", SalesSubgraph.Sdl },
        { "Player", "contract.yaml", PlayerSubgraph.Sdl },
        { "Player", "listening-contract.yaml", PlayerSubgraph.Sdl },
    };

    [Theory]
    [MemberData(nameof(Contracts))]
    public void Every_contract_property_names_a_field_its_subgraph_serves(string domain, string file, string sdl)
    {
        var schema = SchemaBuilder.FromSdl(sdl, new SchemaBuildOptions { AssumeValidSdl = true });
        var coordinates = CoordinatePattern().Matches(File.ReadAllText(Path.Combine(SamplesDirectory(), domain, file)));

        Assert.NotEmpty(coordinates);
        foreach (Match coordinate in coordinates)
        {
            var typeName = coordinate.Groups["type"].Value;
            var fieldName = coordinate.Groups["field"].Value;
            Assert.True(
                schema.GetType(typeName) is ComplexType type && type.GetField(fieldName) is not null,
                $"{domain}/{file}: {typeName}.{fieldName} is not a field of the {domain.ToLowerInvariant()} subgraph.");
        }
    }

    [Theory]
    [InlineData("Registration", "product.yaml")]
    [InlineData("Sales", "product.yaml")]
    [InlineData("Player", "product.yaml")]
    [InlineData("Player", "listening-product.yaml")]
    public void Every_descriptor_urn_names_its_own_domain_and_product(string domain, string file)
    {
        var text = File.ReadAllText(Path.Combine(SamplesDirectory(), domain, file));

        var name = TopLevel(text, "name");
        var declaredDomain = TopLevel(text, "domain");
        Assert.Equal(domain.ToLowerInvariant(), declaredDomain);
        Assert.Contains($"- property: urn\n    value: urn:dp:{declaredDomain}:{name}\n", text.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Registration", "product.yaml")]
    [InlineData("Registration", "contract.yaml")]
    [InlineData("Sales", "product.yaml")]
    [InlineData("Sales", "contract.yaml")]
    [InlineData("Player", "product.yaml")]
    [InlineData("Player", "contract.yaml")]
    [InlineData("Player", "listening-product.yaml")]
    [InlineData("Player", "listening-contract.yaml")]
    public void The_catalog_reads_every_sample_document_without_a_finding(string domain, string file)
    {
        var path = Path.Combine(SamplesDirectory(), domain, file);

        var document = CatalogDocumentReader.Read($"{domain}/{file}", File.ReadAllText(path));

        Assert.Empty(document.Diagnostics.Select(diagnostic => diagnostic.ToString()));
        Assert.True(document.IsValid);
        Assert.Equal(file.EndsWith("product.yaml", StringComparison.Ordinal) ? CatalogDocumentKind.DataProduct : CatalogDocumentKind.DataContract, document.Kind);
    }

    private static string TopLevel(string yaml, string key) =>
        Regex.Match(yaml, $"^{key}: (?<value>\\S+)$", RegexOptions.Multiline).Groups["value"].Value;

    [GeneratedRegex(@"- property: graphqlCoordinate\s+value: (?<type>[A-Za-z_]\w*)\.(?<field>[A-Za-z_]\w*)")]
    private static partial Regex CoordinatePattern();

    private static string SamplesDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "src", "Samples");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException($"src/Samples was not found above {AppContext.BaseDirectory}; run the tests from the repository checkout.");
    }
}
