using Gateway.Federation.Supergraphs;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Linking;
using Gateway.GraphQL.Types;

namespace Gateway.Federation.Tests.Supergraphs;

public sealed class SupergraphReaderTests
{
    [Theory]
    [InlineData("join-v0.2", 2)]
    [InlineData("fed20", 3)]
    [InlineData("fed1", 3)]
    [InlineData("fed27", 4)]
    [InlineData("store", 5)]
    public void Reads_every_join_version_composition_writes(string folder, int minor)
    {
        var supergraph = Fixtures.Read(folder);

        Assert.Equal(new SpecVersion(0, minor), supergraph.JoinVersion);
        Assert.NotEmpty(supergraph.Subgraphs);
    }

    [Fact]
    public void Subgraphs_come_from_join_graph_in_enum_order()
    {
        var supergraph = Fixtures.Read("store");

        Assert.Equal(["ACCOUNTS", "INVENTORY", "MEDIA", "PRODUCTS", "REVIEWS"], supergraph.Subgraphs.Select(s => s.Name));
        Assert.Equal(new SubgraphInfo("PRODUCTS", "products", "http://localhost:4004/graphql"), supergraph.GetSubgraph("PRODUCTS"));
    }

    [Fact]
    public void Links_are_read_with_version_prefix_and_purpose()
    {
        var supergraph = Fixtures.Read("store");

        var join = Assert.Single(supergraph.Features, f => f.Name == "join");
        Assert.Equal(new SpecVersion(0, 5), join.Version);
        Assert.Equal("EXECUTION", join.Purpose);
        Assert.Equal("join__field", join.DirectiveName("field"));
        var inaccessible = Assert.Single(supergraph.Features, f => f.Name == "inaccessible");
        Assert.Equal("inaccessible", inaccessible.DirectiveName("inaccessible"));
        Assert.Equal("SECURITY", inaccessible.Purpose);
    }

    [Fact]
    public void Keys_per_subgraph_are_parsed_field_sets_with_their_resolvable_flag()
    {
        var supergraph = Fixtures.Read("store");

        var product = supergraph.GetJoinedType("Product")!;
        Assert.True(product.IsEntity);
        var inProducts = product.In("PRODUCTS")!;
        Assert.Equal(["upc", "sku brand { id }"], inProducts.Keys.Select(k => k.Text));
        Assert.Equal("{\n  sku\n  brand {\n    id\n  }\n}", Printer.Print(inProducts.Keys[1].Fields));
        var user = supergraph.GetJoinedType("User")!;
        Assert.False(user.In("PRODUCTS")!.IsResolvableEntity);
        Assert.True(user.In("ACCOUNTS")!.IsResolvableEntity);
        Assert.Equal(2, user.In("ACCOUNTS")!.Keys.Count);
    }

    [Fact]
    public void Fields_without_join_field_belong_to_every_subgraph_of_their_type()
    {
        var supergraph = Fixtures.Read("store");

        var upc = supergraph.GetJoinedField("Product", "upc")!;
        Assert.Equal(["INVENTORY", "PRODUCTS", "REVIEWS"], upc.Subgraphs.Select(s => s.Subgraph.Name));
        Assert.Equal(["MEDIA", "PRODUCTS"], supergraph.GetJoinedField("Book", "id")!.ResolvableIn.Select(s => s.Subgraph.Name));
    }

    [Fact]
    public void Join_field_without_graph_leaves_the_field_to_no_subgraph()
    {
        // Book.reviewCount comes from the @interfaceObject Media in reviews: composition writes a bare @join__field.
        var supergraph = Fixtures.Read("store");

        Assert.Empty(supergraph.GetJoinedField("Book", "reviewCount")!.Subgraphs);
        var media = supergraph.GetJoinedType("Media")!;
        Assert.True(media.In("REVIEWS")!.IsInterfaceObject);
        Assert.False(media.In("MEDIA")!.IsInterfaceObject);
    }

    [Fact]
    public void External_requires_provides_override_and_used_overridden_are_read()
    {
        var supergraph = Fixtures.Read("store");

        var weight = supergraph.GetJoinedField("Product", "weight")!;
        Assert.True(weight.In("INVENTORY")!.IsExternal);
        Assert.Equal(["PRODUCTS"], weight.ResolvableIn.Select(s => s.Subgraph.Name));
        var shipping = supergraph.GetJoinedField("Product", "shippingEstimate")!.In("INVENTORY")!;
        Assert.Equal("{\n  price\n  weight\n}", Printer.Print(shipping.Requires!));
        var createdBy = supergraph.GetJoinedField("Product", "createdBy")!.In("PRODUCTS")!;
        Assert.Equal("{\n  username\n}", Printer.Print(createdBy.Provides!));
        var inStock = supergraph.GetJoinedField("Product", "inStock")!;
        Assert.Equal("products", inStock.In("INVENTORY")!.Override);
        Assert.Equal("percent(50)", inStock.In("INVENTORY")!.OverrideLabel);
        Assert.Equal("percent(50)", inStock.In("PRODUCTS")!.OverrideLabel);
        var username = supergraph.GetJoinedField("User", "username")!;
        Assert.True(username.In("ACCOUNTS")!.UsedOverridden);
        Assert.Equal(["REVIEWS"], username.ResolvableIn.Select(s => s.Subgraph.Name));
    }

    [Fact]
    public void Field_type_in_subgraph_and_extension_flag_are_read()
    {
        var supergraph = Fixtures.Read("fed20");

        var products = supergraph.GetJoinedField("Query", "products")!;
        Assert.Equal("[Product!]!", products.In("PRODUCTS")!.Type);
        Assert.Equal("[Product]", products.In("SHIPPING")!.Type);
        Assert.True(supergraph.GetJoinedType("Product")!.In("REVIEWS")!.IsExtension);
        Assert.False(supergraph.GetJoinedType("Product")!.In("PRODUCTS")!.IsExtension);
        Assert.Equal("{\n  dimensions {\n    width\n    height\n  }\n}", Printer.Print(supergraph.GetJoinedField("Product", "shippingCost")!.In("SHIPPING")!.Requires!));
    }

    [Fact]
    public void Implements_union_members_and_enum_values_are_read_per_subgraph()
    {
        var supergraph = Fixtures.Read("store");

        var book = supergraph.GetJoinedType("Book")!;
        Assert.Equal([("MEDIA", "Media"), ("PRODUCTS", "Media")], book.Implements.Select(m => (m.Subgraph.Name, m.Name)));
        var search = supergraph.GetJoinedType("SearchResult")!;
        Assert.Equal([("ACCOUNTS", "User"), ("PRODUCTS", "Product"), ("PRODUCTS", "Book")], search.UnionMembers.Select(m => (m.Subgraph.Name, m.Name)));
        var rating = supergraph.GetJoinedType("Rating")!;
        Assert.Equal(["ACCOUNTS"], rating.EnumValues["UNKNOWN"].Select(s => s.Name));
        Assert.Equal(["ACCOUNTS", "REVIEWS"], rating.EnumValues["GOOD"].Select(s => s.Name));
        Assert.Equal(TypeKind.Enum, rating.Kind);
    }

    [Fact]
    public void Join_v02_enum_values_belong_to_every_subgraph_of_the_enum_and_join_field_needs_a_graph()
    {
        var supergraph = Fixtures.Read("join-v0.2");

        Assert.Equal(["PRODUCTS", "SHIPPING"], supergraph.GetJoinedField("Product", "name")!.Subgraphs.Select(s => s.Subgraph.Name));
    }

    [Fact]
    public void Spec_types_carry_no_join_metadata()
    {
        var supergraph = Fixtures.Read("store");

        Assert.DoesNotContain("join__Graph", supergraph.Types.Keys);
        Assert.DoesNotContain("link__Purpose", supergraph.Types.Keys);
        Assert.DoesNotContain("String", supergraph.Types.Keys);
        Assert.NotNull(supergraph.SupergraphSchema.GetType("join__Graph"));
    }

    [Fact]
    public void Join_elements_follow_the_link_prefix()
    {
        // Link spec v1.0, "Prefixing": @link(as: "j") renames join__Graph to j__Graph and @join__type to @j__type.
        var sdl = Fixtures.Text("fed27")
            .Replace("join__", "j__", StringComparison.Ordinal)
            .Replace("join/v0.4\", for:", "join/v0.4\", as: \"j\", for:", StringComparison.Ordinal);

        var supergraph = SupergraphReader.Read(sdl);

        Assert.Equal("j", Assert.Single(supergraph.Features, f => f.Name == "join").Prefix);
        Assert.Equal("percent(25)", supergraph.GetJoinedField("Product", "price")!.In("PRICING")!.OverrideLabel);
        Assert.Equal(Fixtures.Text("fed27", "api.graphql"), Gateway.GraphQL.Types.SchemaPrinter.Print(supergraph.ApiSchema));
    }
}
