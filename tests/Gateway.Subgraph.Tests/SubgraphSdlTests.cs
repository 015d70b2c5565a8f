using Gateway.GraphQL;
using Gateway.GraphQL.Types;

namespace Gateway.Subgraph.Tests;

public sealed class SubgraphSdlTests
{
    private const string Catalog = """
        extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable"])

        # Books the shop lists.
        type Query {
          book(isbn: ID!): Book
        }

        type Book @key(fields: "isbn") {
          isbn: ID!
          title: String @shareable
        }
        """;

    [Fact]
    public async Task Service_sdl_is_the_sdl_as_the_author_wrote_it()
    {
        var subgraph = new SubgraphBuilder(Catalog).Build();

        var response = await subgraph.ExecuteAsync("{ _service { sdl } }");

        Assert.Equal(Catalog, response.GetProperty("data").GetProperty("_service").GetProperty("sdl").GetString());
        Assert.Equal(Catalog, subgraph.Sdl);
    }

    [Fact]
    public void Imported_directives_keep_their_names_and_the_others_are_namespaced()
    {
        var schema = new SubgraphBuilder(Catalog).Build().Schema;

        Assert.NotNull(schema.GetDirective("key"));
        Assert.NotNull(schema.GetDirective("shareable"));
        Assert.NotNull(schema.GetDirective("federation__requires"));
        Assert.NotNull(schema.GetDirective("federation__interfaceObject"));
        Assert.Null(schema.GetDirective("requires"));
        Assert.NotNull(schema.GetType("federation__FieldSet"));
        Assert.NotNull(schema.GetType("link__Import"));
        Assert.NotNull(schema.GetDirective("link"));
    }

    [Fact]
    public void Directives_newer_than_the_linked_version_are_not_defined()
    {
        var schema = new SubgraphBuilder(Catalog.Replace("v2.3", "v2.0", StringComparison.Ordinal)).Build().Schema;

        Assert.Null(schema.GetDirective("federation__interfaceObject"));
        Assert.Equal(["from"], schema.GetDirective("federation__override")!.Arguments.Keys);
    }

    [Fact]
    public void Override_has_a_label_from_v2_7()
    {
        var schema = new SubgraphBuilder(Catalog.Replace("v2.3", "v2.7", StringComparison.Ordinal)).Build().Schema;

        Assert.Equal(["from", "label"], schema.GetDirective("federation__override")!.Arguments.Keys);
    }

    [Fact]
    public void Renamed_imports_and_a_renamed_namespace_name_the_directives()
    {
        var subgraph = new SubgraphBuilder("""
            extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", as: "fed", import: [{ name: "@key", as: "@primaryKey" }, "FieldSet"])
            type Query { book: Book }
            type Book @primaryKey(fields: "isbn") { isbn: ID! title: String @fed__shareable }
            """).Build();

        Assert.NotNull(subgraph.Schema.GetDirective("primaryKey"));
        Assert.NotNull(subgraph.Schema.GetType("FieldSet"));
        Assert.Null(subgraph.Schema.GetDirective("key"));
        Assert.Equal(["Book"], subgraph.EntityTypes);
    }

    [Fact]
    public void Schema_gets_any_service_and_entity_union_of_resolvable_entities()
    {
        var schema = new SubgraphBuilder("""
            extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
            type Query { book: Book }
            type Book @key(fields: "isbn") { isbn: ID! author: Author }
            type Author @key(fields: "id", resolvable: false) { id: ID! }
            type Shelf @key(fields: "id", resolvable: false) @key(fields: "code") { id: ID! code: String! }
            """).Build().Schema;

        var entities = Assert.IsType<UnionType>(schema.GetType("_Entity"));
        Assert.Equal(["Book", "Shelf"], entities.Types.Select(type => type.Name));
        Assert.IsType<ScalarType>(schema.GetType("_Any"), exactMatch: false);
        Assert.Equal("[_Entity]!", schema.QueryType!.GetField("_entities")!.Type.ToString());
        Assert.Equal("[_Any!]!", schema.QueryType.GetField("_entities")!.Arguments["representations"].Type.ToString());
        Assert.Equal("_Service!", schema.QueryType.GetField("_service")!.Type.ToString());
    }

    [Fact]
    public void A_subgraph_without_entities_has_no_entities_field()
    {
        var subgraph = new SubgraphBuilder("""
            extend schema @link(url: "https://specs.apollo.dev/federation/v2.0", import: ["@shareable"])
            type Query { greeting: String @shareable }
            """).Build();

        Assert.Null(subgraph.Schema.GetType("_Entity"));
        Assert.Null(subgraph.Schema.QueryType!.GetField("_entities"));
        Assert.NotNull(subgraph.Schema.QueryType.GetField("_service"));
    }

    [Fact]
    public void A_subgraph_without_a_query_type_gets_one_for_service()
    {
        var subgraph = new SubgraphBuilder("""
            extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
            type Book @key(fields: "isbn") { isbn: ID! pages: Int }
            """).Build();

        Assert.Equal(["_entities", "_service"], subgraph.Schema.QueryType!.Fields.Keys);
    }

    [Fact]
    public void A_renamed_query_root_gets_the_federation_fields()
    {
        var subgraph = new SubgraphBuilder("""
            extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
            schema { query: Shop }
            type Shop { book: Book }
            type Book @key(fields: "isbn") { isbn: ID! }
            """).Build();

        Assert.Equal(["book", "_entities", "_service"], subgraph.Schema.QueryType!.Fields.Keys);
    }

    [Fact]
    public async Task A_federation_1_schema_extends_types_it_does_not_define()
    {
        const string sdl = """
            extend type Query { topBooks: [Book] }
            extend type Book @key(fields: "isbn") {
              isbn: ID! @external
              weight: Int @external
              shipping: Int @requires(fields: "weight")
            }
            """;

        var subgraph = new SubgraphBuilder(sdl)
            .Resolve("Book.shipping", context => ValueTask.FromResult<object?>(((EntityRepresentation)context.Source!).Require<int>("weight") * 2))
            .Build();
        var response = await subgraph.EntitiesAsync("... on Book { shipping }", new { __typename = "Book", isbn = "1", weight = 4 });

        Assert.Equal("1", subgraph.FederationVersion);
        Assert.NotNull(subgraph.Schema.GetType("_FieldSet"));
        Assert.Equal("""{"data":{"_entities":[{"shipping":8}]}}""", response.Compact());
    }

    [Fact]
    public void An_unknown_import_is_an_error_that_lists_the_known_kinds()
    {
        var error = Assert.Throws<GraphQLException>(() => new SubgraphBuilder("""
            extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@primary"])
            type Query { a: Int }
            """).Build());

        var message = Assert.Single(error.Errors).Message;
        Assert.Contains("\"@primary\"", message, StringComparison.Ordinal);
        Assert.Contains("FieldSet", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Importing_a_directive_newer_than_the_linked_version_is_an_error()
    {
        var error = Assert.Throws<GraphQLException>(() => new SubgraphBuilder("""
            extend schema @link(url: "https://specs.apollo.dev/federation/v2.1", import: ["@key", "@interfaceObject"])
            type Query { a: Int }
            """).Build());

        Assert.Equal(
            "@interfaceObject needs federation v2.3 or later, but the @link names v2.1; raise the version in its url.",
            Assert.Single(error.Errors).Message);
        Assert.Equal(1, error.Errors[0].Locations[0].Line);
    }

    [Fact]
    public void Using_a_directive_that_was_not_imported_by_its_bare_name_is_an_error()
    {
        var error = Assert.Throws<GraphQLException>(() => new SubgraphBuilder("""
            extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
            type Query { book: Book }
            type Book @key(fields: "isbn") { isbn: ID! title: String @shareable }
            """).Build());

        Assert.Contains(error.Errors, e => e.Message == "Unknown directive \"@shareable\". Import it with @link(import: [..., \"@shareable\"]), or write @federation__shareable.");
    }

    [Fact]
    public void A_reference_resolver_for_a_type_without_a_resolvable_key_is_an_error()
    {
        var builder = new SubgraphBuilder("""
            extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
            type Query { author: Author }
            type Author @key(fields: "id", resolvable: false) { id: ID! }
            """)
            .ResolveReferences("Author", (representations, _) => ValueTask.FromResult<IReadOnlyList<object?>>([]))
            .ResolveReferences("Publisher", (representations, _) => ValueTask.FromResult<IReadOnlyList<object?>>([]));

        var error = Assert.Throws<GraphQLException>(builder.Build);

        Assert.Equal(
            [
                "A reference resolver is registered for \"Author\", which has no resolvable @key: add @key(fields: \"...\") to it, or remove the resolver.",
                "A reference resolver is registered for \"Publisher\", which the SDL does not define.",
            ],
            error.Errors.Select(e => e.Message));
    }

    [Fact]
    public void Author_definitions_of_federation_elements_are_kept()
    {
        var schema = new SubgraphBuilder("""
            extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "FieldSet"])
            "Our own field set."
            scalar FieldSet
            directive @key(fields: FieldSet!, resolvable: Boolean = true) repeatable on OBJECT | INTERFACE
            type Query { book: Book }
            type Book @key(fields: "isbn") { isbn: ID! }
            """).Build().Schema;

        Assert.Equal("Our own field set.", schema.GetType("FieldSet")!.Description);
    }

    [Fact]
    public async Task A_schema_printed_with_its_federation_types_keeps_them()
    {
        var subgraph = new SubgraphBuilder("""
            extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
            scalar _Any
            type _Service { sdl: String }
            type Query { book: Book }
            type Book @key(fields: "isbn") { isbn: ID! }
            """).Build();

        var response = await subgraph.EntitiesAsync("... on Book { isbn }", new { __typename = "Book", isbn = "9" });

        Assert.Equal("""{"data":{"_entities":[{"isbn":"9"}]}}""", response.Compact());
    }

    [Fact]
    public void A_federation_link_to_another_major_version_is_an_error()
    {
        var error = Assert.Throws<GraphQLException>(() => new SubgraphBuilder("""
            extend schema @link(url: "https://specs.apollo.dev/federation/v3.0", import: ["@key"])
            type Query { a: Int }
            """).Build());

        Assert.StartsWith("The federation @link names \"https://specs.apollo.dev/federation/v3.0\"; this SDK serves Federation 2", Assert.Single(error.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Linking_the_federation_spec_twice_is_an_error()
    {
        var error = Assert.Throws<GraphQLException>(() => new SubgraphBuilder("""
            extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
            extend schema @link(url: "https://specs.apollo.dev/federation/v2.5")
            type Query { a: Int }
            """).Build());

        var single = Assert.Single(error.Errors);
        Assert.StartsWith("The schema links the federation spec twice", single.Message, StringComparison.Ordinal);
        Assert.Equal([1, 2], single.Locations.Select(l => l.Line));
    }

    [Fact]
    public async Task A_namespaced_key_makes_an_entity()
    {
        var subgraph = new SubgraphBuilder("""
            extend schema @link(url: "https://specs.apollo.dev/federation/v2.3")
            type Query { a: Int }
            type Book @federation__key(fields: "isbn") { isbn: ID! }
            """).Build();

        var response = await subgraph.EntitiesAsync("... on Book { isbn }", new { __typename = "Book", isbn = "7" });

        Assert.Equal(["Book"], subgraph.EntityTypes);
        Assert.Equal("""{"data":{"_entities":[{"isbn":"7"}]}}""", response.Compact());
    }

    [Fact]
    public void A_federation_2_directive_in_a_schema_without_a_link_says_how_to_link_the_spec()
    {
        var error = Assert.Throws<GraphQLException>(() => new SubgraphBuilder("""
            type Query { book: Book }
            type Book @key(fields: "isbn") { isbn: ID! title: String @shareable }
            """).Build());

        var single = Assert.Single(error.Errors);
        Assert.Equal(
            "Unknown directive \"@shareable\". @shareable is a Federation 2 directive: link the spec with extend schema @link(url: \"https://specs.apollo.dev/federation/v2.3\", import: [\"@shareable\"]).",
            single.Message);
        Assert.Equal(2, single.Locations[0].Line);
    }

    [Fact]
    public void A_directive_newer_than_the_link_says_which_version_it_needs()
    {
        var error = Assert.Throws<GraphQLException>(() => new SubgraphBuilder("""
            extend schema @link(url: "https://specs.apollo.dev/federation/v2.1", import: ["@key"])
            type Query { a: Int }
            type Book @key(fields: "isbn") @federation__interfaceObject @interfaceObject { isbn: ID! }
            """).Build());

        Assert.Equal(
            [
                "Unknown directive \"@federation__interfaceObject\". @interfaceObject needs federation v2.3 or later; the @link names v2.1.",
                "Unknown directive \"@interfaceObject\". @interfaceObject needs federation v2.3 or later; the @link names v2.1.",
            ],
            error.Errors.Select(e => e.Message));
    }
}
