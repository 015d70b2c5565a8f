using Gateway.Catalog.Documents.Profile;
using Gateway.Catalog.Model;
using Gateway.Search.Indexing;
using Gateway.Search.Tests.Embedded;

namespace Gateway.Search.Tests.Indexing;

[Collection(SearchIndexCollection.Name)]
public sealed class SearchDocumentBuilderTests(SearchIndexFixture fixture)
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Theory]
    [BothIndexes]
    public async Task A_product_is_read_with_every_field_of_its_contract(IndexKind kind)
    {
        await using var under = await fixture.CreateAsync(kind);
        await CatalogSamples.PublishSamplesAsync(under.Store);

        var document = await new SearchDocumentBuilder(under.Store).BuildAsync(ProductUrn.Parse("urn:dp:registration:registered-users"), None);

        Assert.NotNull(document);
        Assert.Equal("registration", document.Domain);
        Assert.Equal("published", document.Status);
        Assert.Equal("1.0.0", document.Version);
        Assert.Contains("users", document.Tags);
        var email = Assert.Single(document.Fields, field => field.Coordinate == "User.email");
        Assert.Equal("email", email.Name);
        Assert.Equal("restricted", email.Classification);
        Assert.Null(document.Quality);
        Assert.Equal(0, document.Usage);
    }

    [Theory]
    [BothIndexes]
    public async Task Quality_is_the_share_of_rules_whose_latest_result_passed_and_usage_comes_from_its_reader(IndexKind kind)
    {
        await using var under = await fixture.CreateAsync(kind);
        await CatalogSamples.PublishSamplesAsync(under.Store);
        var urn = ProductUrn.Parse("urn:dp:sales:orders");
        var rule = Assert.Single(await under.Store.ListQualityAsync(urn, None)).Rule.RuleKey;
        var builder = new SearchDocumentBuilder(under.Store, new FixedUsage(1234));
        var at = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

        await under.Store.RecordQualityResultAsync(new QualityResult(urn, rule, true, 1, at, null), None);
        var passing = await builder.BuildAsync(urn, None);
        await under.Store.RecordQualityResultAsync(new QualityResult(urn, rule, false, 0, at.AddHours(1), null), None);
        var failing = await builder.BuildAsync(urn, None);

        Assert.Equal(1.0, passing!.Quality);
        Assert.Equal(0.0, failing!.Quality);
        Assert.Equal(1234, failing.Usage);
    }

    [Theory]
    [BothIndexes]
    public async Task A_product_not_in_the_catalog_has_no_document(IndexKind kind)
    {
        await using var under = await fixture.CreateAsync(kind);

        Assert.Null(await new SearchDocumentBuilder(under.Store).BuildAsync(ProductUrn.Parse("urn:dp:sales:nothing"), None));
    }

    private sealed class FixedUsage(double usage) : IProductUsageReader
    {
        public Task<double> ReadUsageAsync(ProductUrn product, CancellationToken cancellationToken) => Task.FromResult(usage);
    }
}
