using Gateway.Federation.Execution;
using Gateway.Federation.Planning;
using Gateway.GraphQL.Types;
using Gateway.GraphQL.Language;

namespace Gateway.Federation.Tests.Execution;

public sealed class EntityRepresentationsTests
{
    private const string Sdl = """
        type Query { media: [Media] }
        interface Media { id: ID! }
        type Book implements Media { id: ID! }
        type Movie implements Media { id: ID! }
        """;

    [Fact]
    public void Input_rewrites_name_the_interface_object_in_typename_and_then_deduplicate()
    {
        var schema = SchemaBuilder.FromSdl(Sdl);
        var requires = (SelectionSetNode)((OperationDefinitionNode)Parser.Parse("{ ... on Media { __typename id } }").Definitions[0]).SelectionSet;
        FoundEntity[] entities =
        [
            new(new() { ["__typename"] = "Book", ["id"] = "1" }, ["media", 0]),
            new(new() { ["__typename"] = "Movie", ["id"] = "2" }, ["media", 1]),
            new(new() { ["__typename"] = "Movie", ["id"] = "2" }, ["media", 2]),
        ];

        var representations = EntityRepresentations.Build(schema, entities, requires, [new InputRewrite(["... on Media", "__typename"], "Media")]);

        Assert.Equal(
            [("Media", "1"), ("Media", "2")],
            representations.Representations.Cast<Dictionary<string, object?>>().Select(r => ((string)r["__typename"]!, (string)r["id"]!)));
        Assert.Equal([0, 1, 1], representations.EntityIndexes);
        Assert.Equal("Movie", entities[1].Value["__typename"]);
    }

    [Fact]
    public void A_required_field_fetched_under_an_alias_is_sent_under_its_name()
    {
        var schema = SchemaBuilder.FromSdl("type Query { book: Book } type Book { id: ID! price(currency: String!): Int }");
        var requires = (SelectionSetNode)((OperationDefinitionNode)Parser.Parse("{ ... on Book { __typename id price__required_0: price(currency: \"EUR\") } }").Definitions[0]).SelectionSet;
        FoundEntity[] entities = [new(new() { ["__typename"] = "Book", ["id"] = "1", ["price"] = 10, ["price__required_0"] = 20 }, ["book"])];

        var representations = EntityRepresentations.Build(schema, entities, requires, []);

        var representation = Assert.IsType<Dictionary<string, object?>>(Assert.Single(representations.Representations));
        Assert.Equal(20, representation["price"]);
        Assert.False(representation.ContainsKey("price__required_0"));
    }
}
