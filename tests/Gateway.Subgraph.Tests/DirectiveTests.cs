using Gateway.GraphQL.Types;

namespace Gateway.Subgraph.Tests;

/// <summary>Every federation directive a subgraph author writes is accepted where the spec allows it and kept in the schema.</summary>
public sealed class DirectiveTests
{
    private const string Media = """
        extend schema @link(url: "https://specs.apollo.dev/federation/v2.9",
          import: ["@key", "@external", "@requires", "@provides", "@shareable", "@inaccessible", "@tag",
                   "@override", "@interfaceObject", "@composeDirective", "@authenticated", "@requiresScopes", "@policy",
                   "@cost", "@listSize", "@extends"])
          @link(url: "https://example.com/audit/v1.0", import: ["@audited"])
          @composeDirective(name: "@audited")

        directive @audited on FIELD_DEFINITION

        type Query {
          latest: [Album] @provides(fields: "artist { name }") @listSize(assumedSize: 10)
          admin: String @authenticated @requiresScopes(scopes: [["admin"]]) @policy(policies: [["staff"]])
        }

        type Album @key(fields: "id") @tag(name: "public") {
          id: ID!
          title: String @shareable @override(from: "legacy", label: "percent(50)")
          artist: Artist
          price(currency: String @tag(name: "money")): Int @cost(weight: 2) @audited
          internalCode: String @inaccessible
        }

        type Artist @key(fields: "id") @extends {
          id: ID! @external
          name: String @external
        }

        type Podcast @key(fields: "id") @interfaceObject {
          id: ID!
          episodes: Int @requires(fields: "id")
        }
        """;

    [Fact]
    public void Every_directive_of_the_spec_is_accepted_and_kept_on_its_element()
    {
        var schema = new SubgraphBuilder(Media).Build().Schema;
        var album = (ObjectType)schema.GetType("Album")!;

        Assert.Equal(["key", "tag"], album.Directives.Select(d => d.Name.Value));
        Assert.Equal(["shareable", "override"], album.GetField("title")!.Directives.Select(d => d.Name.Value));
        Assert.Equal(["cost", "audited"], album.GetField("price")!.Directives.Select(d => d.Name.Value));
        Assert.Equal(["tag"], album.GetField("price")!.Arguments["currency"].Directives.Select(d => d.Name.Value));
        Assert.Equal(["inaccessible"], album.GetField("internalCode")!.Directives.Select(d => d.Name.Value));
        Assert.Equal(["provides", "listSize"], schema.QueryType!.GetField("latest")!.Directives.Select(d => d.Name.Value));
        Assert.Equal(["authenticated", "requiresScopes", "policy"], schema.QueryType.GetField("admin")!.Directives.Select(d => d.Name.Value));
        Assert.Equal(["key", "interfaceObject"], schema.GetType("Podcast")!.Directives.Select(d => d.Name.Value));
        Assert.Equal(["key", "extends"], schema.GetType("Artist")!.Directives.Select(d => d.Name.Value));
    }

    [Fact]
    public void Entities_with_external_keys_and_interface_objects_are_in_the_entity_union()
    {
        var subgraph = new SubgraphBuilder(Media).Build();

        Assert.Equal(["Album", "Artist", "Podcast"], subgraph.EntityTypes);
        Assert.Equal("2.9", subgraph.FederationVersion);
    }

    [Fact]
    public async Task Inaccessible_fields_still_resolve_in_the_subgraph()
    {
        // @inaccessible hides a field from the supergraph's API schema; the subgraph itself still serves it
        // (the gateway may need it, e.g. in a @requires selection).
        var subgraph = new SubgraphBuilder(Media).Build();

        var response = await subgraph.EntitiesAsync("... on Album { internalCode }", new { __typename = "Album", id = "a1", internalCode = "X-9" });

        Assert.Equal("""{"data":{"_entities":[{"internalCode":"X-9"}]}}""", response.Compact());
    }

    [Fact]
    public async Task A_provided_field_resolves_from_the_parent_without_an_entity_fetch()
    {
        var subgraph = new SubgraphBuilder(Media)
            .Resolve("Query.latest", _ => ValueTask.FromResult<object?>(new[] { new { id = "a1", title = "Tides", artist = new { id = "p1", name = "Mira" } } }))
            .Build();

        var response = await subgraph.ExecuteAsync("{ latest { title artist { id name } } }");

        Assert.Equal("""{"data":{"latest":[{"title":"Tides","artist":{"id":"p1","name":"Mira"}}]}}""", response.Compact());
    }

    [Fact]
    public void A_directive_in_a_place_the_spec_does_not_allow_is_an_error()
    {
        var error = Assert.Throws<Gateway.GraphQL.GraphQLException>(() => new SubgraphBuilder("""
            extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@interfaceObject"])
            type Query { a: Int @interfaceObject }
            """).Build());

        Assert.Contains(error.Errors, e => e.Message == "Directive \"@interfaceObject\" may not be used on FIELD_DEFINITION.");
    }
}
