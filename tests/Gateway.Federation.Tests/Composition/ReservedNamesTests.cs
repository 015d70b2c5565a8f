using Gateway.Federation.Composition;

namespace Gateway.Federation.Tests.Composition;

public sealed class ReservedNamesTests
{
    private const string Link = "extend schema @link(url: \"https://specs.apollo.dev/federation/v2.3\", import: [\"@key\"])\n";

    private static readonly ReservedNames CatalogApi = new("its catalog API", ["catalog"], ["Catalog"]);

    private static CompositionResult Compose(ReservedNames reserved, string sdl) =>
        SupergraphComposer.Compose(
            [
                new SubgraphSource("users", "http://users.example/graphql", Link + "type Query { user: User } type User @key(fields: \"id\") { id: ID! }"),
                new SubgraphSource("shop-items", "http://shop.example/graphql", Link + sdl),
            ],
            reserved);

    [Fact]
    public void A_subgraph_type_named_like_the_gateway_api_types_is_refused_with_the_subgraph_and_type()
    {
        var result = Compose(CatalogApi, "type Query { items: [CatalogProduct] } type CatalogProduct { id: ID! }");

        var error = Assert.Single(result.Errors);
        Assert.Equal(CompositionErrorCodes.ReservedTypeName, error.Code);
        Assert.Equal(["shop-items"], error.Subgraphs);
        Assert.Equal(["CatalogProduct"], error.Coordinates);
        Assert.Equal(
            "[shop-items] Type \"CatalogProduct\" is reserved: the gateway serves its catalog API beside the subgraphs, and the names of its types start with \"Catalog\".",
            error.Message);
        Assert.Equal(
            "Rename the type so that its name does not start with \"Catalog\" followed by a capital letter (e.g. \"ShopItemsCatalogProduct\").",
            error.Fix);
        Assert.Null(result.SupergraphSdl);
    }

    [Fact]
    public void Every_kind_of_type_and_the_root_field_are_checked_and_all_reported()
    {
        var result = Compose(CatalogApi, """
            type Query { catalog: CatalogStatus search(filter: CatalogFilter): CatalogHit }
            enum CatalogStatus { OPEN }
            input CatalogFilter { text: String }
            union CatalogHit = Item
            type Item { id: ID! }
            scalar CatalogDate
            """);

        Assert.Equal(
            [
                (CompositionErrorCodes.ReservedRootField, "Query.catalog"),
                (CompositionErrorCodes.ReservedTypeName, "CatalogStatus"),
                (CompositionErrorCodes.ReservedTypeName, "CatalogFilter"),
                (CompositionErrorCodes.ReservedTypeName, "CatalogHit"),
                (CompositionErrorCodes.ReservedTypeName, "CatalogDate"),
            ],
            result.Errors.Select(error => (error.Code, error.Coordinates.Single())));
    }

    [Theory]
    [InlineData("Catalogue")]
    [InlineData("Catalog")]
    [InlineData("ProductCatalog")]
    [InlineData("Catalog_item")]
    public void Names_that_only_look_alike_compose(string typeName)
    {
        var result = Compose(CatalogApi, $"type Query {{ items: [{typeName}] }} type {typeName} {{ id: ID! }}");

        Assert.True(result.Succeeded, string.Join("\n", result.Errors.Select(error => error.Message)));
    }

    [Fact]
    public void Without_the_catalog_api_only_the_root_field_is_reserved()
    {
        var types = Compose(ReservedNames.CatalogRootField, "type Query { items: [CatalogProduct] } type CatalogProduct { id: ID! }");
        var rootField = Compose(ReservedNames.CatalogRootField, "type Query { catalog: Int }");

        Assert.True(types.Succeeded, string.Join("\n", types.Errors.Select(error => error.Message)));
        Assert.Equal(CompositionErrorCodes.ReservedRootField, Assert.Single(rootField.Errors).Code);
        Assert.Equal("[shop-items] Field \"Query.catalog\" is reserved: the gateway serves its catalog API there.", rootField.Errors[0].Message);
    }

    [Fact]
    public void An_entity_the_subgraph_only_references_is_checked_like_one_it_defines()
    {
        var result = Compose(CatalogApi, "type Query { a: Int } type CatalogEntry @key(fields: \"id\", resolvable: false) { id: ID! }");

        Assert.Equal(["CatalogEntry"], Assert.Single(result.Errors).Coordinates);
    }
}
