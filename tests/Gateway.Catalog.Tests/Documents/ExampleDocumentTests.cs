using Gateway.Catalog.Documents;
using Gateway.Catalog.Documents.Profile;

namespace Gateway.Catalog.Tests.Documents;

/// <summary>The examples in schema/examples are documentation; they must stay valid for the reader.</summary>
public sealed class ExampleDocumentTests
{
    private static string Example(string name) => Path.Combine(AppContext.BaseDirectory, "examples", name);

    public static TheoryData<string> Examples()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "examples")))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Every_example_reads_without_diagnostics(string name)
    {
        var document = await CatalogDocumentReader.ReadFileAsync(Example(name), null, CancellationToken.None);

        Assert.Empty(document.Diagnostics);
        Assert.True(document.IsValid);
    }

    [Fact]
    public async Task The_descriptor_example_carries_the_profile()
    {
        var document = await CatalogDocumentReader.ReadFileAsync(Example("orders.odps.yaml"), null, CancellationToken.None);

        var descriptor = Assert.IsType<Gateway.Catalog.Documents.Products.DataProductDescriptor>(document.Descriptor);
        Assert.Equal("urn:dp:sales:orders", descriptor.Profile.Urn?.ToString());
        Assert.Equal(DataClassification.Clean, descriptor.Profile.DataClassification);
        Assert.Equal("web-shop", descriptor.Profile.SubDomain);
        Assert.Equal("ana.lima@example.com", descriptor.Team?.Owner?.Username);
        Assert.Equal("customers-contract", Assert.Single(descriptor.InputPorts).ContractId);
    }

    [Fact]
    public async Task The_contract_example_carries_coordinates_masks_and_purposes()
    {
        var document = await CatalogDocumentReader.ReadFileAsync(Example("orders.odcs.yaml"), null, CancellationToken.None);

        var contract = Assert.IsType<Gateway.Catalog.Documents.Contracts.DataContract>(document.Contract);
        var card = contract.Schema[0].Properties[2];
        Assert.Equal("Order.cardNumber", card.Profile.GraphQLCoordinate);
        Assert.Equal(new MaskSpec(MaskFunction.ShowLast, 4), card.Profile.Mask);
        Assert.True(card.Profile.PersonalData);
        Assert.Equal(["customer-support", "fraud-detection"], contract.Schema[0].Properties[1].Profile.AllowedPurposes);
        Assert.Equal(["analytics", "customer-support", "fraud-detection"], contract.Profile.AllowedPurposes);
        Assert.Equal(3, contract.SlaProperties.Count);
    }
}
