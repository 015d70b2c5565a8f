using System.Text.Json;

namespace Gateway.Tests.CatalogApi;

public sealed class HostileArgumentTests : IClassFixture<SqliteCatalogApiFixture>
{
    private readonly CatalogApiRig _rig;

    public HostileArgumentTests(SqliteCatalogApiFixture fixture)
    {
        _rig = fixture.Rig;
    }

    [Theory]
    [InlineData(101)]
    [InlineData(1_000_000)]
    [InlineData(0)]
    [InlineData(-1)]
    public async Task A_page_size_outside_1_to_100_is_refused_with_what_to_do(int first)
    {
        var error = await FieldErrorAsync($$"""{ catalog { products(first: {{first}}) { totalCount } } }""");

        Assert.Equal(
            $"first: {first} is outside 1 to 100; ask for at most 100 products a page and follow pageInfo.endCursor for more.",
            error.GetProperty("message").GetString());
        Assert.Equal("BAD_USER_INPUT", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("""["catalog","products"]""", error.GetProperty("path").GetRawText());
    }

    [Theory]
    [InlineData("not a cursor")]
    [InlineData("")]
    [InlineData("AAAA")]
    [InlineData("%%%%")]
    [InlineData("MQ")]
    public async Task A_malformed_cursor_is_refused(string cursor)
    {
        var error = await FieldErrorAsync($$"""{ catalog { products(after: "{{cursor}}") { totalCount } } }""");

        Assert.Equal(
            "after: not a cursor of this listing (a cursor belongs to one orderBy); start again without after, or pass an endCursor this listing answered.",
            error.GetProperty("message").GetString());
        Assert.Equal("BAD_USER_INPUT", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_cursor_of_another_order_is_refused_rather_than_misread()
    {
        var byName = await _rig.CatalogAsync("{ catalog { products(first: 2) { pageInfo { endCursor } } } }");
        var cursor = byName.GetProperty("products").GetProperty("pageInfo").GetProperty("endCursor").GetString();

        var error = await FieldErrorAsync($$"""{ catalog { products(orderBy: {field: URN}, after: "{{cursor}}") { totalCount } } }""");

        Assert.StartsWith("after: not a cursor of this listing", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_urn_is_null_and_a_malformed_one_says_the_form()
    {
        var unknown = await _rig.BodyAsync("""{ catalog { product(urn: "urn:dp:sales:nothing") { urn } } }""");
        var malformed = await FieldErrorAsync("""{ catalog { product(urn: "sales/orders") { urn } } }""");

        Assert.Equal("""{"data":{"catalog":{"product":null}}}""", unknown);
        Assert.Equal("urn: 'sales/orders' is not a product URN; write urn:dp:<domain>:<name>, e.g. urn:dp:sales:orders.", malformed.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_long_malformed_urn_is_not_repeated_in_full()
    {
        var urn = new string('x', 100_000);

        var error = await FieldErrorAsync($$"""{ catalog { product(urn: "{{urn}}") { urn } } }""");

        Assert.Equal(
            $"urn: '{urn[..80]}...' (100000 characters) is not a product URN; write urn:dp:<domain>:<name>, e.g. urn:dp:sales:orders.",
            error.GetProperty("message").GetString());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(11)]
    [InlineData(int.MaxValue)]
    public async Task Lineage_deeper_than_10_hops_or_below_1_is_refused(int depth)
    {
        var error = await FieldErrorAsync($$"""{ catalog { product(urn: "urn:dp:sales:orders") { upstream(depth: {{depth}}) { depth } } } }""");

        Assert.Equal(
            $"depth: {depth} is outside 1 to 10; walk lineage at most 10 hops at a time and ask again from the products at the edge.",
            error.GetProperty("message").GetString());
        Assert.Equal("""["catalog","product","upstream"]""", error.GetProperty("path").GetRawText());
    }

    [Fact]
    public async Task A_version_that_is_not_semantic_is_refused()
    {
        var error = await FieldErrorAsync("""{ catalog { product(urn: "urn:dp:sales:orders") { version(version: "latest") { version } } } }""");

        Assert.Equal("version: 'latest' is not a semantic version; write MAJOR.MINOR.PATCH, e.g. 1.2.0.", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task An_unknown_enum_value_fails_validation_with_a_suggestion()
    {
        var body = await _rig.BodyAsync("{ catalog { products(filter: {status: PUBLISH}) { totalCount } } }");

        Assert.Contains("Did you mean the enum value \\u0022PUBLISHED\\u0022?", body, StringComparison.Ordinal);
        Assert.DoesNotContain("\"data\"", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_catalog_cannot_share_an_operation_with_subgraph_fields()
    {
        var body = await _rig.BodyAsync("{ base catalog { products { totalCount } } }");

        Assert.Contains("\"code\":\"GATEWAY_FIELD_NOT_ALONE\"", body, StringComparison.Ordinal);
    }

    /// <summary>The one error of an answer whose <c>data.catalog</c> field failed.</summary>
    private async Task<JsonElement> FieldErrorAsync(string query)
    {
        var body = await _rig.BodyAsync(query);
        using var document = JsonDocument.Parse(body);
        var errors = document.RootElement.GetProperty("errors");
        Assert.True(errors.GetArrayLength() == 1, body);
        return errors[0].Clone();
    }
}
