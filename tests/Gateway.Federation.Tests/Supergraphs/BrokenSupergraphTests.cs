using Gateway.Federation.Supergraphs;

namespace Gateway.Federation.Tests.Supergraphs;

/// <summary>Supergraphs the gateway refuses (fixtures under <c>Supergraphs/broken/</c>), each with the message a user sees.</summary>
public sealed class BrokenSupergraphTests
{
    [Fact]
    public void Unknown_join_version_is_named()
    {
        var error = Read("join-v0.9.graphql");

        Assert.Equal(
            "Unsupported join spec version v0.9 (https://specs.apollo.dev/join/v0.9): this gateway reads join v0.2 to v0.5. "
            + "Compose the supergraph with a @apollo/composition release that writes one of those (2.0 to 2.14).",
            error.Message);
    }

    [Fact]
    public void Federation_1_supergraph_is_refused_with_how_to_recompose()
    {
        var error = Read("join-v0.1.graphql");

        Assert.StartsWith("The supergraph uses join v0.1, the format of Federation 1 composition, which this gateway does not read.", error.Message);
    }

    [Fact]
    public void Key_naming_an_unknown_field_is_refused()
    {
        var error = Read("bad-key.graphql");

        Assert.Equal("Invalid field set \"idd\" in @join__type(graph: PRODUCTS, key: \"idd\") on type Product: field \"idd\" does not exist on type \"Product\".", error.Message);
    }

    [Fact]
    public void Requires_naming_an_unknown_nested_field_is_refused()
    {
        var error = Read("bad-requires.graphql");

        Assert.Equal(
            "Invalid field set \"dimensions { width depth }\" in @join__field(graph: SHIPPING) on Product.shippingCost (requires): field \"depth\" does not exist on type \"Dimensions\".",
            error.Message);
    }

    [Fact]
    public void Field_set_that_does_not_parse_is_refused_with_the_parser_message()
    {
        var error = Read("bad-field-set-syntax.graphql");

        Assert.StartsWith("Invalid field set \"dimensions { width\" in @join__field(graph: SHIPPING) on Product.shippingCost (requires): Syntax Error:", error.Message);
    }

    [Fact]
    public void Graph_missing_from_join_Graph_is_named()
    {
        var error = Read("missing-graph.graphql");

        Assert.Equal("@join__type on type Product names graph BILLING, which is not a value of join__Graph (PRODUCTS, REVIEWS, SHIPPING).", error.Message);
    }

    [Fact]
    public void Graph_without_join_graph_is_named()
    {
        var error = Read("graph-without-url.graphql");

        Assert.Equal("Subgraph join__Graph.SHIPPING has no @join__graph(name:, url:): the gateway cannot tell where to send its fetches.", error.Message);
    }

    [Fact]
    public void Inaccessible_type_referenced_from_the_API_schema_is_refused()
    {
        var error = Read("inaccessible-referenced.graphql");

        Assert.Equal(
            "Type \"Secret\" is @inaccessible but is referenced by \"Product.secret\", which is in the API schema; mark \"Product.secret\" @inaccessible too.",
            error.Message);
    }

    [Fact]
    public void Unsupported_security_spec_is_named()
    {
        // @apollo/composition links context v0.1 for: SECURITY when a subgraph uses @fromContext; @apollo/gateway
        // 2.14 refuses it too ("feature https://specs.apollo.dev/context/v0.1 is for: SECURITY but is unsupported").
        var error = Assert.Throws<SupergraphException>(() => Fixtures.Read("context"));

        Assert.StartsWith("The supergraph links https://specs.apollo.dev/context/v0.1 for: SECURITY, which this gateway does not implement;", error.Message);
    }

    [Fact]
    public void Subgraph_schema_is_not_a_supergraph()
    {
        var error = Assert.Throws<SupergraphException>(() => SupergraphReader.Read(Fixtures.Text("store", "products.graphql")));

        Assert.StartsWith("The schema links no specs", error.Message);
    }

    [Fact]
    public void Schema_linking_no_join_spec_is_refused()
    {
        var error = Assert.Throws<SupergraphException>(() => SupergraphReader.Read(
            "schema @link(url: \"https://specs.apollo.dev/link/v1.0\") { query: Query }\n"
            + "directive @link(url: String, as: String, for: link__Purpose, import: [link__Import]) repeatable on SCHEMA\n"
            + "scalar link__Import enum link__Purpose { SECURITY EXECUTION } type Query { a: Int }"));

        Assert.StartsWith("The supergraph links no join spec", error.Message);
    }

    [Fact]
    public void File_errors_name_the_file()
    {
        var path = Fixtures.PathOf("broken", "missing-graph.graphql");

        var error = Assert.Throws<SupergraphException>(() => SupergraphReader.ReadFile(path));

        Assert.StartsWith(path + ": @join__type on type Product names graph BILLING", error.Message);
    }

    private static SupergraphException Read(string file) =>
        Assert.Throws<SupergraphException>(() => SupergraphReader.Read(Fixtures.Text("broken", file)));
}
