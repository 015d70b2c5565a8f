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
}
