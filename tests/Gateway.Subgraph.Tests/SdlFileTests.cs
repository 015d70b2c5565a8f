using Gateway.GraphQL;

namespace Gateway.Subgraph.Tests;

public sealed class SdlFileTests : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("subgraph-sdl-");

    public void Dispose() => _directory.Delete(recursive: true);

    private string Write(string name, string sdl)
    {
        var path = Path.Combine(_directory.FullName, name);
        File.WriteAllText(path, sdl);
        return path;
    }

    [Fact]
    public async Task Files_are_one_document_and_service_answers_their_text()
    {
        var schema = Write("schema.graphql", """
            extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
            type Query { ferry(id: ID!): Ferry }
            """);
        var ferries = Write("ferries.graphql", """type Ferry @key(fields: "id") { id: ID! name: String }""");

        var subgraph = SubgraphBuilder.FromFiles(schema, ferries)
            .Resolve("Query.ferry", context => ValueTask.FromResult<object?>(new { id = context.Argument<string>("id"), name = "Nordlys" }))
            .Build();
        var response = await subgraph.ExecuteAsync("""{ ferry(id: "f1") { name } _service { sdl } }""");

        Assert.Equal("Nordlys", response.GetProperty("data").GetProperty("ferry").GetProperty("name").GetString());
        Assert.Equal(
            File.ReadAllText(schema).TrimEnd() + "\n\n" + File.ReadAllText(ferries).TrimEnd() + "\n",
            response.GetProperty("data").GetProperty("_service").GetProperty("sdl").GetString());
        Assert.Equal(["Ferry"], subgraph.EntityTypes);
    }

    [Fact]
    public void A_file_that_does_not_parse_fails_with_its_path_and_position()
    {
        var broken = Write("broken.graphql", "type Query {\n  a: Int\n  b Int\n}");

        var error = Assert.Throws<GraphQLException>(() => SubgraphBuilder.FromFiles(broken));

        var single = Assert.Single(error.Errors);
        Assert.StartsWith($"{broken}: Syntax Error:", single.Message, StringComparison.Ordinal);
        Assert.Equal(3, single.Locations[0].Line);
        Assert.Equal(5, single.Locations[0].Column);
    }
}
