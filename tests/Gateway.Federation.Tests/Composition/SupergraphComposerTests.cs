using Gateway.Federation.Composition;
using Gateway.Federation.Supergraphs;
using Gateway.GraphQL.Types;

namespace Gateway.Federation.Tests.Composition;

public sealed class SupergraphComposerTests
{
    private const string Link = "extend schema @link(url: \"https://specs.apollo.dev/federation/v2.3\", import: [\"@key\", \"@shareable\", \"@external\", \"@requires\", \"@provides\", \"@override\", \"@inaccessible\", \"@tag\", \"@interfaceObject\", \"@composeDirective\"])\n";

    private static string Compose(params (string Name, string Sdl)[] subgraphs)
    {
        var result = SupergraphComposer.Compose([.. subgraphs.Select(s => new SubgraphSource(s.Name, CompositionFixtures.UrlOf(s.Name), s.Sdl))]);
        Assert.True(result.Succeeded, string.Join('\n', result.Errors));
        Assert.Empty(result.Errors);
        return result.SupergraphSdl!;
    }

    private static string Line(string sdl, string start) =>
        sdl.Split('\n').Select(line => line.Trim()).First(line => line.StartsWith(start, StringComparison.Ordinal));

    [Fact]
    public void Composes_the_interop_subgraphs_to_the_supergraph_Apollo_wrote()
    {
        var result = SupergraphComposer.Compose(CompositionFixtures.Load("Composition/Fixtures/interop"));

        Assert.True(result.Succeeded, string.Join('\n', result.Errors));
        Assert.Equal(Fixtures.Text("interop").TrimEnd('\n'), result.SupergraphSdl!.TrimEnd('\n'));
    }

    [Theory]
    [InlineData("store")]
    [InlineData("fed27")]
    [InlineData("fed20")]
    [InlineData("fed1")]
    [InlineData("distributed-interface")]
    [InlineData("interface-override")]
    [InlineData("parent-entity")]
    [InlineData("parent-entity-external")]
    [InlineData("required-arguments")]
    [InlineData("requires-chain")]
    [InlineData("root-provides")]
    [InlineData("shared-union")]
    public void Composes_the_supergraph_fixtures_to_the_text_Apollo_wrote(string folder)
    {
        var expected = Fixtures.Text(folder);

        var result = SupergraphComposer.Compose(CompositionFixtures.LoadWithUrlsOf("Supergraphs/" + folder, expected), reserveCatalogRootField: false);

        Assert.True(result.Succeeded, string.Join('\n', result.Errors));
        Assert.Equal(expected.TrimEnd('\n'), result.SupergraphSdl!.TrimEnd('\n'));
    }

    [Fact]
    public void The_supergraph_loads_with_the_reader_and_lists_subgraphs_in_name_order()
    {
        var sdl = Compose(("zeta", Link + "type Query { z: Int }"), ("alpha-one", Link + "type Query { a: Int }"));

        var supergraph = SupergraphReader.Read(sdl);

        Assert.Equal(["ALPHA_ONE", "ZETA"], supergraph.Subgraphs.Select(s => s.Name));
        Assert.Equal("http://alpha-one.subgraph.invalid/graphql", supergraph.GetSubgraph("ALPHA_ONE").Url);
    }

    [Fact]
    public void The_result_carries_the_loaded_supergraph_so_it_is_not_read_twice()
    {
        var result = SupergraphComposer.Compose([new SubgraphSource("a", "http://a.example/graphql", Link + "type Query { a: Int }")]);

        Assert.NotNull(result.Supergraph);
        Assert.Equal("http://a.example/graphql", result.Supergraph.GetSubgraph("A").Url);
        Assert.NotNull(result.Supergraph.ApiSchema.QueryType!.GetField("a"));
    }

    [Fact]
    public void Join_version_follows_the_latest_federation_version_linked()
    {
        Assert.Contains("join/v0.3", Compose(("a", Link + "type Query { a: Int }")));
        Assert.Contains("join/v0.4", Compose(("a", Link.Replace("v2.3", "v2.7") + "type Query { a: Int }")));
        Assert.Contains("join/v0.5", Compose(("a", Link.Replace("v2.3", "v2.9") + "type Query { a: Int }")));
        Assert.Contains("join/v0.3", Compose(("a", "type Query { a: Int }")));
    }

    [Fact]
    public void An_output_field_takes_the_nullable_type_when_subgraphs_differ()
    {
        var sdl = Compose(
            ("a", Link + "type Query { a: T } type T @shareable { v: Int! }"),
            ("b", Link + "type Query { b: T } type T @shareable { v: Int }"));

        Assert.Equal("v: Int @join__field(graph: A, type: \"Int!\") @join__field(graph: B, type: \"Int\")", Line(sdl, "v:"));
    }

    [Fact]
    public void An_output_field_takes_the_interface_when_one_subgraph_returns_an_implementation()
    {
        var sdl = Compose(
            ("a", Link + "type Query { item: Node @shareable } interface Node { id: ID! } type Book implements Node @shareable { id: ID! }"),
            ("b", Link + "type Query { item: Book @shareable } interface Node { id: ID! } type Book implements Node @shareable { id: ID! }"));

        Assert.StartsWith("item: Node @join__field(graph: A, type: \"Node\")", Line(sdl, "item:"));
    }

    [Fact]
    public void An_argument_takes_the_non_null_type_when_subgraphs_differ()
    {
        var sdl = Compose(
            ("a", Link + "type Query { f(x: Int!): Int @shareable }"),
            ("b", Link + "type Query { f(x: Int): Int @shareable }"));

        Assert.StartsWith("f(x: Int!): Int", Line(sdl, "f("));
    }

    [Fact]
    public void An_optional_argument_one_subgraph_lacks_is_dropped()
    {
        var sdl = Compose(
            ("a", Link + "type Query { f(x: Int, y: Int): Int @shareable }"),
            ("b", Link + "type Query { f(x: Int): Int @shareable }"));

        Assert.Equal("f(x: Int): Int", Line(sdl, "f("));
    }

    [Fact]
    public void A_field_in_every_subgraph_of_its_type_has_no_join_field()
    {
        var sdl = Compose(
            ("a", Link + "type Query { a: T } type T @shareable { v: Int w: Int }"),
            // b does not return T: a query reaching T through b could not get w (SATISFIABILITY_ERROR).
            ("b", Link + "type Query { b: Int } type T @shareable { v: Int }"));

        Assert.Equal("v: Int", Line(sdl, "v:"));
        Assert.Equal("w: Int @join__field(graph: A)", Line(sdl, "w:"));
    }

    [Fact]
    public void An_enum_used_only_as_output_gets_every_subgraphs_values()
    {
        var sdl = Compose(
            ("a", Link + "type Query { a: Color } enum Color { RED GREEN }"),
            ("b", Link + "type Query { b: Color } enum Color { RED BLUE }"));

        var api = SupergraphReader.Read(sdl).ApiSchema;
        Assert.Equal(["RED", "GREEN", "BLUE"], ((EnumType)api.GetType("Color")!).Values.Keys);
        Assert.Equal("BLUE @join__enumValue(graph: B)", Line(sdl, "BLUE"));
    }

    [Fact]
    public void An_enum_used_only_as_input_keeps_the_values_every_subgraph_has()
    {
        var sdl = Compose(
            ("a", Link + "type Query { a(c: Color): Int } enum Color { RED GREEN }"),
            ("b", Link + "type Query { b(c: Color): Int } enum Color { RED BLUE }"));

        var api = SupergraphReader.Read(sdl).ApiSchema;
        Assert.Equal(["RED"], ((EnumType)api.GetType("Color")!).Values.Keys);
    }

    [Fact]
    public void An_input_object_keeps_the_fields_every_subgraph_has()
    {
        var sdl = Compose(
            ("a", Link + "type Query { a(f: Filter): Int } input Filter { name: String size: Int }"),
            ("b", Link + "type Query { b(f: Filter): Int } input Filter { name: String }"));

        var api = SupergraphReader.Read(sdl).ApiSchema;
        Assert.Equal(["name"], ((InputObjectType)api.GetType("Filter")!).Fields.Keys);
    }

    [Fact]
    public void A_union_gets_every_subgraphs_members_with_their_graphs()
    {
        var sdl = Compose(
            ("a", Link + "type Query { a: R } union R = X type X { x: Int }"),
            ("b", Link + "type Query { b: R } union R = Y type Y { y: Int }"));

        Assert.Contains("@join__unionMember(graph: A, member: \"X\")\n  @join__unionMember(graph: B, member: \"Y\")\n = X | Y", sdl);
    }

    [Fact]
    public void Keys_become_join_types_with_resolvable_and_extension()
    {
        var sdl = Compose(
            ("a", Link + "type Query { a: P } type P @key(fields: \"id\") @key(fields: \"sku\") { id: ID! sku: String! }"),
            ("b", Link + "type Query { b: Int } type P @key(fields: \"id\", resolvable: false) { id: ID! }"),
            ("c", Link + "type Query { c: Int } extend type P @key(fields: \"id\") { id: ID! stock: Int }"));

        Assert.Contains("@join__type(graph: A, key: \"id\")\n  @join__type(graph: A, key: \"sku\")\n  @join__type(graph: B, key: \"id\", resolvable: false)\n  @join__type(graph: C, key: \"id\", extension: true)", sdl);
    }

    [Fact]
    public void External_requires_and_provides_are_kept_per_subgraph()
    {
        var sdl = Compose(
            ("a", Link + "type Query { a: P } type P @key(fields: \"id\") { id: ID! weight: Int name: String @shareable }"),
            ("b", Link + "type Query { b: R } type R { p: P @provides(fields: \"name\") } type P @key(fields: \"id\") { id: ID! weight: Int @external name: String @external ship: Int @requires(fields: \"weight\") }"));

        Assert.Equal("weight: Int @join__field(graph: A) @join__field(graph: B, external: true)", Line(sdl, "weight:"));
        Assert.Equal("ship: Int @join__field(graph: B, requires: \"weight\")", Line(sdl, "ship:"));
        Assert.Equal("p: P @join__field(graph: B, provides: \"name\")", Line(sdl, "p:"));
    }

    [Fact]
    public void Override_removes_the_field_from_the_subgraph_it_moves_from()
    {
        var sdl = Compose(
            ("a", Link + "type Query { a: P } type P @key(fields: \"id\") { id: ID! price: Int }"),
            ("b", Link + "type Query { b: Int } type P @key(fields: \"id\") { id: ID! price: Int @override(from: \"a\") }"));

        Assert.Equal("price: Int @join__field(graph: B, override: \"a\")", Line(sdl, "price:"));
    }

    [Fact]
    public void Override_of_a_field_the_source_uses_in_a_key_marks_it_used_overridden()
    {
        var sdl = Compose(
            ("a", Link + "type Query { a: P } type P @key(fields: \"id\") @key(fields: \"sku\") { id: ID! sku: String }"),
            ("b", Link + "type Query { b: Int } type P @key(fields: \"id\") { id: ID! sku: String @override(from: \"a\") }"));

        Assert.Equal("sku: String @join__field(graph: A, usedOverridden: true) @join__field(graph: B, override: \"a\")", Line(sdl, "sku:"));
    }

    [Fact]
    public void Progressive_override_keeps_both_subgraphs_with_the_label()
    {
        var link = Link.Replace("v2.3", "v2.7");
        var sdl = Compose(
            ("a", link + "type Query { a: P } type P @key(fields: \"id\") { id: ID! price: Int }"),
            ("b", link + "type Query { b: Int } type P @key(fields: \"id\") { id: ID! price: Int @override(from: \"a\", label: \"percent(10)\") }"));

        Assert.Equal("price: Int @join__field(graph: A, overrideLabel: \"percent(10)\") @join__field(graph: B, override: \"a\", overrideLabel: \"percent(10)\")", Line(sdl, "price:"));
    }

    [Fact]
    public void Inaccessible_in_one_subgraph_hides_the_element_and_tags_are_kept_once()
    {
        var sdl = Compose(
            ("a", Link + "type Query { a: T } type T @shareable @tag(name: \"x\") { v: Int @inaccessible w: Int }"),
            ("b", Link + "type Query { b: T } type T @shareable @tag(name: \"x\") { v: Int w: Int }"));

        Assert.Equal("v: Int @inaccessible", Line(sdl, "v:"));
        Assert.Single(sdl.Split('\n'), line => line.Trim() == "@tag(name: \"x\")");
        Assert.Contains("@link(url: \"https://specs.apollo.dev/inaccessible/v0.2\", for: SECURITY)", sdl);
        Assert.Null(((ObjectType)SupergraphReader.Read(sdl).ApiSchema.GetType("T")!).GetField("v"));
    }

    [Fact]
    public void Interface_object_fields_reach_every_implementation_with_a_bare_join_field()
    {
        var sdl = Compose(
            ("a", Link + "type Query { a: Media } interface Media @key(fields: \"id\") { id: ID! } type Book implements Media @key(fields: \"id\") { id: ID! }"),
            ("b", Link + "type Query { b: Int } type Media @key(fields: \"id\") @interfaceObject { id: ID! rating: Int }"));

        Assert.Contains("@join__type(graph: B, key: \"id\", isInterfaceObject: true)", sdl);
        Assert.Contains("type Book implements Media\n  @join__implements(graph: A, interface: \"Media\")\n  @join__type(graph: A, key: \"id\")\n{\n  id: ID!\n  rating: Int @join__field\n}", sdl);
    }

    [Fact]
    public void Compose_directive_keeps_the_directive_its_definition_and_its_link()
    {
        var sdl = Compose(("a", Link.Replace("v2.3", "v2.7").TrimEnd('\n')
            + "\n  @link(url: \"https://specs.example.dev/audit/v1.0\", import: [\"@audited\"])\n  @composeDirective(name: \"@audited\")\n"
            + "directive @audited(level: Int) on FIELD_DEFINITION\ntype Query { a: Int @audited(level: 2) }"));

        Assert.Contains("@link(url: \"https://specs.example.dev/audit/v1.0\", import: [\"@audited\"])", sdl);
        Assert.Contains("directive @audited(level: Int) on FIELD_DEFINITION", sdl);
        Assert.Equal("a: Int @audited(level: 2)", Line(sdl, "a:"));
    }

    [Fact]
    public void Renamed_and_namespaced_federation_directives_are_understood()
    {
        var sdl = Compose(("a", "extend schema @link(url: \"https://specs.apollo.dev/federation/v2.3\", import: [{ name: \"@key\", as: \"@id\" }])\n"
            + "type Query { a: P } type P @id(fields: \"id\") { id: ID! secret: Int @federation__inaccessible }"));

        Assert.Contains("@join__type(graph: A, key: \"id\")", sdl);
        Assert.Equal("secret: Int @inaccessible", Line(sdl, "secret:"));
    }

    [Fact]
    public void Root_types_with_other_names_are_composed_as_Query_and_Mutation()
    {
        var sdl = Compose(("a", Link + "schema { query: RootQuery mutation: RootMutation } type RootQuery { a: Int } type RootMutation { m: Int }"));

        var api = SupergraphReader.Read(sdl).ApiSchema;
        Assert.Equal("Query", api.QueryType!.Name);
        Assert.Equal("Mutation", api.MutationType!.Name);
    }

    [Fact]
    public void A_federation_one_extension_owns_its_key_fields_and_drops_unused_externals()
    {
        var sdl = Compose(
            ("a", "type Query { a: P } type P @key(fields: \"id\") { id: ID! name: String }"),
            ("b", "extend type P @key(fields: \"id\") { id: ID! @external name: String @external unused: Int @external stock: Int }"));

        Assert.Contains("@join__type(graph: B, key: \"id\")\n{", sdl);
        Assert.Equal("id: ID!", Line(sdl, "id:"));
        Assert.DoesNotContain("unused", sdl);
    }

    [Fact]
    public void Federation_one_fields_may_be_resolved_by_several_subgraphs()
    {
        var sdl = Compose(
            ("a", "type Query { a: P } type P @key(fields: \"id\") { id: ID! name: String }"),
            ("b", "type Query { b: P } type P @key(fields: \"id\") { id: ID! name: String }"));

        Assert.Equal("name: String", Line(sdl, "name:"));
    }

    [Fact]
    public void Descriptions_and_deprecations_reach_the_api_schema()
    {
        var sdl = Compose(("a", Link + "type Query {\n  \"Answers.\"\n  a: Int @deprecated(reason: \"use b\")\n  b: Int\n}"));

        var field = SupergraphReader.Read(sdl).ApiSchema.QueryType!.GetField("a")!;
        Assert.Equal("Answers.", field.Description);
        Assert.Equal("use b", field.DeprecationReason);
    }
}
