using System.Text.Json;
using System.Text.RegularExpressions;
using Gateway.Catalog.Documents.Profile;
using Gateway.Catalog.Model;

namespace Gateway.Catalog.Tests.Documents;

/// <summary>
/// The JSON Schemas in schema/ describe the profile for other tools; the reader enforces it. These tests
/// keep the two saying the same thing.
/// </summary>
public sealed class ProfileSchemaTests
{
    private static readonly JsonElement Contract = Load("data-contract.schema.json");
    private static readonly JsonElement Product = Load("data-product.schema.json");

    private static JsonElement Load(string name) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "schema", name))).RootElement;

    private static bool Matches(JsonElement schema, string definition, string text) =>
        Regex.IsMatch(text, schema.GetProperty("$defs").GetProperty(definition).GetProperty("pattern").GetString()!, RegexOptions.ECMAScript);

    [Theory]
    [InlineData("redact")]
    [InlineData("showLast(4)")]
    [InlineData("numericRange(100)")]
    [InlineData("showFirst(999999999)")]
    [InlineData("showLast")]
    [InlineData("showLast(0)")]
    [InlineData("showLast(04)")]
    [InlineData("showLast(1000000000)")]
    [InlineData("email(2)")]
    [InlineData("Redact")]
    public void The_mask_pattern_accepts_what_the_reader_accepts(string mask)
    {
        Assert.Equal(MaskSpec.TryParse(mask, out _), Matches(Contract, "Mask", mask));
    }

    [Theory]
    [InlineData("urn:dp:sales:orders")]
    [InlineData("urn:dp:sales-eu:orders-2")]
    [InlineData("urn:dp:Sales:orders")]
    [InlineData("urn:dp:sales:orders-")]
    [InlineData("urn:dp:sales")]
    [InlineData("urn:dp:sales:orders:extra")]
    [InlineData("urn:dp:1sales:orders")]
    public void The_urn_pattern_accepts_what_the_reader_accepts(string urn)
    {
        Assert.Equal(ProductUrn.TryParse(urn, out _), Matches(Product, "ProductUrn", urn));
    }

    [Theory]
    [InlineData("1.2.3")]
    [InlineData("1.2.3-rc.1")]
    [InlineData("01.2.3")]
    [InlineData("1.2")]
    [InlineData("1.2.3+build")]
    public void The_version_pattern_accepts_what_the_reader_accepts(string version)
    {
        Assert.Equal(SemanticVersion.TryParse(version, out _), Matches(Product, "SemanticVersion", version));
    }

    [Fact]
    public void The_classifications_are_the_same()
    {
        var schema = Contract.GetProperty("$defs").GetProperty("SchemaProperty").GetProperty("properties").GetProperty("classification").GetProperty("enum");

        Assert.Equal(PropertyClassification.All, schema.EnumerateArray().Select(value => value.GetString()!));
    }
}
