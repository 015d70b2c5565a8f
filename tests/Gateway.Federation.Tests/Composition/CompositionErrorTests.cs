using Gateway.Federation.Composition;

namespace Gateway.Federation.Tests.Composition;

public sealed class CompositionErrorTests
{
    [Theory]
    [MemberData(nameof(CompositionFixtures.BrokenSetData), MemberType = typeof(CompositionFixtures))]
    public void Each_broken_set_fails_with_the_code_it_is_named_after(string set)
    {
        var result = SupergraphComposer.Compose(CompositionFixtures.Load(set));

        Assert.False(result.Succeeded);
        Assert.Null(result.SupergraphSdl);
        Assert.Contains(CompositionFixtures.ExpectedCodeOf(set), result.Errors.Select(error => error.Code));
        Assert.All(result.Errors, error =>
        {
            Assert.NotEmpty(error.Message);
            Assert.NotEmpty(error.Fix);
        });
    }

    [Fact]
    public void A_sharing_error_names_the_subgraphs_the_coordinate_and_the_fix()
    {
        var result = SupergraphComposer.Compose(CompositionFixtures.Load("Composition/Fixtures/broken/INVALID_FIELD_SHARING"));

        var error = Assert.Single(result.Errors);
        Assert.Equal(CompositionErrorCodes.InvalidFieldSharing, error.Code);
        Assert.Equal(["a", "b"], error.Subgraphs);
        Assert.Equal(["Product.name"], error.Coordinates);
        Assert.Equal("Non-shareable field \"Product.name\" is resolved from multiple subgraphs: it is resolved from subgraphs \"a\" and \"b\" and defined as non-shareable in all of them", error.Message);
        Assert.Contains("@shareable", error.Fix);
    }

    [Fact]
    public void A_type_mismatch_names_each_subgraphs_type()
    {
        var result = SupergraphComposer.Compose(CompositionFixtures.Load("Composition/Fixtures/broken/FIELD_TYPE_MISMATCH"));

        var error = Assert.Single(result.Errors);
        Assert.Equal(["T.value"], error.Coordinates);
        Assert.Contains("\"Int\" in subgraph \"a\"", error.Message);
        Assert.Contains("\"String\" in subgraph \"b\"", error.Message);
    }

    [Fact]
    public void A_key_on_an_interface_field_is_refused_with_the_field_named()
    {
        var result = SupergraphComposer.Compose(CompositionFixtures.Load("Composition/Fixtures/broken/KEY_FIELDS_SELECT_INVALID_TYPE"));

        var error = Assert.Single(result.Errors);
        Assert.Equal(["a"], error.Subgraphs);
        Assert.Equal(["Product.part"], error.Coordinates);
        Assert.Contains("field \"Product.part\" is a Interface type which is not allowed in @key", error.Message);
    }

    [Fact]
    public void An_implementation_key_with_the_interface_key_fields_in_another_order_matches_it()
    {
        const string Link = "extend schema @link(url: \"https://specs.apollo.dev/federation/v2.3\", import: [\"@key\"])\n";
        var result = SupergraphComposer.Compose([
            new SubgraphSource("a", "http://a.example/graphql", Link + """
                type Query { node: Node }
                interface Node @key(fields: "id kind") { id: ID! kind: String! }
                type Book implements Node @key(fields: "kind id") { id: ID! kind: String! }
                """),
        ]);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
    }

    [Fact]
    public void The_catalog_root_field_is_reserved()
    {
        var result = SupergraphComposer.Compose(CompositionFixtures.Load("Composition/Fixtures/broken/RESERVED_ROOT_FIELD"));

        var error = Assert.Single(result.Errors);
        Assert.Equal(CompositionErrorCodes.ReservedRootField, error.Code);
        Assert.Equal(["Query.catalog"], error.Coordinates);
    }

    [Fact]
    public void Every_error_is_reported_not_only_the_first()
    {
        var subgraphs = CompositionFixtures.Load("Composition/Fixtures/broken/KEY_INVALID_FIELDS");
        subgraphs.AddRange(CompositionFixtures.Load("Composition/Fixtures/broken/KEY_FIELDS_HAS_ARGS").Select(s => s with { Name = "c", Sdl = s.Sdl.Replace("Product", "Item").Replace("a: Item", "c: Item") }));

        var result = SupergraphComposer.Compose(subgraphs);

        Assert.Equal([CompositionErrorCodes.KeyInvalidFields, CompositionErrorCodes.KeyFieldsHasArgs], result.Errors.Select(error => error.Code));
    }

    [Fact]
    public void Duplicate_subgraph_names_are_refused()
    {
        var result = SupergraphComposer.Compose([new("a", "http://a", "type Query { a: Int }"), new("a", "http://b", "type Query { b: Int }")]);

        Assert.Equal(CompositionErrorCodes.InvalidSubgraphName, Assert.Single(result.Errors).Code);
    }

    [Fact]
    public void A_subgraph_that_does_not_parse_is_named_in_the_error()
    {
        var result = SupergraphComposer.Compose(CompositionFixtures.Load("Composition/Fixtures/broken/INVALID_GRAPHQL"));

        var error = Assert.Single(result.Errors);
        Assert.Equal(["a"], error.Subgraphs);
        Assert.StartsWith("[a] The subgraph SDL does not parse", error.Message);
    }

    [Fact]
    public void Contexts_are_refused_rather_than_dropped()
    {
        var result = SupergraphComposer.Compose(CompositionFixtures.Load("Supergraphs/context"), reserveCatalogRootField: false);

        Assert.Equal(["@context", "@fromContext"], result.Errors.Select(error => Assert.Single(error.Coordinates)));
        Assert.All(result.Errors, error => Assert.Equal(CompositionErrorCodes.UnsupportedFeature, error.Code));
    }
}
