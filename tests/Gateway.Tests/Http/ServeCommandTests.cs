using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Gateway.Tests.Http;

/// <summary><c>gateway serve --mock</c>: the schema answered from JSON examples, stopped gracefully.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class ServeCommandTests : IDisposable
{
    private readonly TempDirectory _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task Serves_the_schema_over_its_examples_and_stops_with_exit_code_0()
    {
        var schema = _files.Write("shop.graphql", """
            type Query { products: [Product!]! }
            type Product { id: ID! name: String }
            type Mutation { renameProduct(id: ID!, name: String!): Product }
            """);
        var examples = _files.Write("shop.json", """
            { "products": [{ "id": "p1", "name": "Kettle" }], "mutation": { "renameProduct": { "id": "p1", "name": "Teapot" } } }
            """);
        var run = await ServeRun.StartAsync(schema, examples);
        Assert.StartsWith("Serving shop.graphql at http://127.0.0.1:", run.Output.ToString(), StringComparison.Ordinal);
        Assert.EndsWith("/graphql", run.Endpoint.AbsolutePath, StringComparison.Ordinal);

        using var client = new HttpClient();
        Assert.Equal("""{"data":{"products":[{"id":"p1","name":"Kettle"}]}}""", await PostAsync(client, run.Endpoint, "{ products { id name } }"));
        Assert.Equal(
            """{"data":{"renameProduct":{"name":"Teapot"}}}""",
            await PostAsync(client, run.Endpoint, """mutation { renameProduct(id: "p1", name: "Teapot") { name } }"""));

        Assert.Equal(0, await run.StopAsync());
        await run.DisposeAsync();
    }

    [Fact]
    public async Task Mutation_fields_without_examples_return_the_example_of_their_type()
    {
        var schema = _files.Write("s.graphql", """
            type Query { product: Product }
            type Product { id: ID! }
            type Mutation { createProduct: Product! deleteEverything: Boolean }
            """);
        var examples = _files.Write("s.json", """{ "product": { "id": "p1" } }""");
        await using var run = await ServeRun.StartAsync(schema, examples);
        using var client = new HttpClient();
        Assert.Equal(
            """{"data":{"createProduct":{"id":"p1"},"deleteEverything":null}}""",
            await PostAsync(client, run.Endpoint, "mutation { createProduct { id } deleteEverything }"));
    }

    [Fact]
    public async Task Unusable_files_exit_2_with_a_message()
    {
        var schema = _files.Write("bad.graphql", "type Query { a: Nope }");
        var run = await GatewayRun.StartAsync("serve", "--mock", schema, "--urls", "http://127.0.0.1:0");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("does not build", run.Error, StringComparison.Ordinal);

        var examples = _files.Write("bad.json", "[1, 2]");
        var good = _files.Write("good.graphql", "type Query { a: String }");
        var badExamples = await GatewayRun.StartAsync("serve", "--mock", good, "--examples", examples, "--urls", "http://127.0.0.1:0");
        Assert.Equal(2, badExamples.ExitCode);
        Assert.Contains("must hold a JSON object", badExamples.Error, StringComparison.Ordinal);

        var manifest = _files.Write("trusted.json", "{ \"abc\": 1 }");
        var badManifest = await GatewayRun.StartAsync("serve", "--mock", good, "--trusted-documents", manifest, "--urls", "http://127.0.0.1:0");
        Assert.Equal(2, badManifest.ExitCode);
        Assert.Contains("trusted-document manifest does not load", badManifest.Error, StringComparison.Ordinal);
    }

    private static async Task<string> PostAsync(HttpClient client, Uri endpoint, string query)
    {
        using var content = new StringContent(System.Text.Json.JsonSerializer.Serialize(new { query }), Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await client.PostAsync(endpoint, content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }
}
