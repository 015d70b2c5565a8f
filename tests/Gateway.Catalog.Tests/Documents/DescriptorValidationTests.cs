using Gateway.Catalog.Documents;

namespace Gateway.Catalog.Tests.Documents;

public sealed class DescriptorValidationTests
{
    private const string Head = """
        apiVersion: v1.0.0
        kind: DataProduct
        id: p1
        name: orders
        version: 1.0.0
        status: active
        domain: sales

        """;

    [Fact]
    public void The_profile_requires_a_urn_and_a_data_classification()
    {
        var result = CatalogDocumentReader.ReadDescriptor("product.yaml", Head);

        Assert.Equal(["profile.urn", "profile.dataClassification"], result.Diagnostics.Select(d => d.Rule));
    }

    [Fact]
    public void The_urn_must_be_well_formed_and_name_the_descriptor_domain()
    {
        var result = CatalogDocumentReader.ReadDescriptor("product.yaml", Head + """
            customProperties:
              - property: urn
                value: urn:dp:finance:orders
              - property: dataClassification
                value: gold
            """);

        Assert.Equal(2, result.Diagnostics.Count);
        Assert.Equal("product.yaml:7:9 domain: must equal the domain in the product URN (finance) [profile.urn-domain]", result.Diagnostics[0].ToString());
        Assert.Equal("customProperties[1].value", result.Diagnostics[1].Path);
        Assert.Equal(12, result.Diagnostics[1].Position.Line);
    }

    [Fact]
    public void Unknown_keys_are_errors_because_ODPS_closes_its_objects()
    {
        var result = CatalogDocumentReader.ReadDescriptor("product.yaml", Head + """
            owner: ana
            inputPorts:
              - name: customers
                version: 1.0.0
            customProperties:
              - { property: urn, value: "urn:dp:sales:orders" }
              - { property: dataClassification, value: raw }
            """);

        Assert.Equal(2, result.Diagnostics.Count);
        Assert.Equal("product.yaml:8:1 owner: 'owner' is not a field of the data product descriptor in ODPS v1.0; put extensions in customProperties [unknown-key]", result.Diagnostics[0].ToString());
        Assert.Equal("inputPorts[0]: the input port must have 'contractId'", $"{result.Diagnostics[1].Path}: {result.Diagnostics[1].Message}");
    }

    [Theory]
    [InlineData("1.0", false)]
    [InlineData("01.0.0", false)]
    [InlineData("1.0.0-rc.1", true)]
    [InlineData("1.2.3", true)]
    public void The_version_must_be_semantic(string version, bool valid)
    {
        var result = CatalogDocumentReader.ReadDescriptor("product.yaml", $"""
            apiVersion: v1.0.0
            kind: DataProduct
            id: p1
            name: orders
            version: "{version}"
            status: active
            domain: sales
            customProperties:
              - {"{"} property: urn, value: "urn:dp:sales:orders" {"}"}
              - {"{"} property: dataClassification, value: raw {"}"}
            """);

        Assert.Equal(valid, result.IsValid);
    }

    [Fact]
    public void A_document_without_a_kind_says_which_kinds_exist()
    {
        var document = CatalogDocumentReader.Read("x.yaml", "apiVersion: v1.0.0\nid: a\n");

        Assert.False(document.IsValid);
        Assert.Contains("kind: DataProduct", Assert.Single(document.Diagnostics).Message);
    }
}
