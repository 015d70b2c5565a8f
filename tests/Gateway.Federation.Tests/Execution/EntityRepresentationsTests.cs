using System.Text;
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

        Assert.Equal(2, representations.Count);
        Assert.Equal("""[{"__typename":"Media","id":"1"},{"__typename":"Media","id":"2"}]""", Encoding.UTF8.GetString(representations.Json.Span));
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

        Assert.Equal(1, representations.Count);
        Assert.Equal("""[{"__typename":"Book","id":"1","price":20}]""", Encoding.UTF8.GetString(representations.Json.Span));
    }
    [Theory]
    [InlineData("{ __typename upc }")]
    [InlineData("{ ... on Product { __typename upc } }")]
    [InlineData("{ ... on Node { __typename upc } ... on Product { weight } }")]
    [InlineData("{ __typename variation { id color } }")]
    [InlineData("{ __typename variations { id } }")]
    [InlineData("{ __typename upc upc }")]
    [InlineData("{ __typename ... on Product { upc } ... on Node { upc } }")]
    [InlineData("{ upc }")]
    [InlineData("{ __typename missing }")]
    [InlineData("{ __typename variation { id missing } }")]
    public void Entities_are_represented_and_deduplicated_as_the_general_way_does(string requires)
    {
        var schema = SchemaBuilder.FromSdl("""
            type Query { products: [Product] }
            interface Node { upc: String }
            type Variation { id: ID color: String missing: String }
            type Product implements Node { upc: String weight: Int variation: Variation variations: [Variation] missing: String }
            """);
        var selection = (SelectionSetNode)((OperationDefinitionNode)Parser.Parse(requires).Definitions[0]).SelectionSet;
        FoundEntity[] entities =
        [
            new(Product("1", 5), ["products", 0]),
            new(Product("2", 7), ["products", 1]),
            new(Product("1", 5), ["products", 2]),
            new(new() { ["upc"] = "3" }, ["products", 3]),
        ];

        var built = EntityRepresentations.Build(schema, entities, selection, []);

        var expected = new List<string>();
        var expectedIndexes = new List<int>();
        foreach (var entity in entities)
        {
            var buffer = new System.Buffers.ArrayBufferWriter<byte>();
            using var writer = new System.Text.Json.Utf8JsonWriter(buffer);
            if (!EntityRepresentations.TryWriteSelected(writer, schema, entity.Value, selection, []))
            {
                expectedIndexes.Add(-1);
                continue;
            }

            writer.Flush();
            var text = Encoding.UTF8.GetString(buffer.WrittenSpan);
            if (!expected.Contains(text))
            {
                expected.Add(text);
            }

            expectedIndexes.Add(expected.IndexOf(text));
        }

        Assert.Equal("[" + string.Join(",", expected) + "]", Encoding.UTF8.GetString(built.Json.Span));
        Assert.Equal(expectedIndexes, built.EntityIndexes);
    }

    private static Dictionary<string, object?> Product(string upc, long weight) => new()
    {
        ["__typename"] = "Product",
        ["upc"] = upc,
        ["weight"] = weight,
        ["variation"] = new Dictionary<string, object?> { ["id"] = "v" + upc, ["color"] = "red" },
        ["variations"] = new List<object?> { new Dictionary<string, object?> { ["id"] = "a" }, null },
    };
}
