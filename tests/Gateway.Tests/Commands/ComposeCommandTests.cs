using System.Net.Http.Json;
using System.Text.Json;
using Gateway.Commands;
using Gateway.Federation.Supergraphs;
using Gateway.Tests.Http;
using Microsoft.Extensions.Logging;

namespace Gateway.Tests.Commands;

[Collection(ConsoleCollection.Name)]
public sealed class ComposeCommandTests : IDisposable
{
    private const string Link = "extend schema @link(url: \"https://specs.apollo.dev/federation/v2.3\", import: [\"@key\", \"@shareable\"])\n";
    private const string Products = Link + "type Query { topProducts: [Product] }\ntype Product @key(fields: \"upc\") { upc: String! name: String }\n";
    private const string Reviews = Link + "type Query { reviewCount: Int }\ntype Product @key(fields: \"upc\") { upc: String! rating: Int }\n";

    private readonly TempDirectory _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task Composes_subgraph_files_into_the_output_file_and_exits_0()
    {
        var products = _files.Write("products.graphql", Products);
        var reviews = _files.Write("reviews.graphql", Reviews);
        var output = _files.PathOf("supergraph.graphql");

        var run = await GatewayRun.StartAsync("compose", "--subgraph", $"products={products}=http://127.0.0.1:4001/graphql", "--subgraph", $"reviews={reviews}", "-o", output);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Composed 2 subgraphs", run.Error);
        var supergraph = SupergraphReader.ReadFile(output);
        Assert.Equal("http://127.0.0.1:4001/graphql", supergraph.GetSubgraph("PRODUCTS").Url);
        Assert.Equal("http://reviews.subgraph.invalid/graphql", supergraph.GetSubgraph("REVIEWS").Url);
        Assert.NotNull(supergraph.GetJoinedField("Product", "rating"));
    }

    [Fact]
    public async Task Without_an_output_file_the_supergraph_goes_to_standard_output()
    {
        var products = _files.Write("products.graphql", Products);

        var run = await GatewayRun.StartAsync("compose", "--subgraph", $"products={products}");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("schema\n  @link(url: \"https://specs.apollo.dev/link/v1.0\")", run.Out);
    }

    [Fact]
    public async Task Subgraphs_that_do_not_compose_print_every_error_and_exit_1()
    {
        var products = _files.Write("products.graphql", Products);
        var other = _files.Write("other.graphql", Link + "type Query { catalog: Int }\ntype Product @key(fields: \"upc\") { upc: String! name: Int }\n");

        var run = await GatewayRun.StartAsync("compose", "--subgraph", $"products={products}", "--subgraph", $"other={other}");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.StartsWith("Composition failed with 1 error:", run.Error);
        Assert.Contains("- RESERVED_ROOT_FIELD: [other] Field \"Query.catalog\" is reserved", run.Error);
        Assert.Contains("subgraphs: other; at: Query.catalog", run.Error);
        Assert.Contains("fix: Rename the field", run.Error);
    }

    [Fact]
    public async Task Merge_errors_are_all_reported_with_their_codes()
    {
        var products = _files.Write("products.graphql", Products);
        var other = _files.Write("other.graphql", Link + "type Query { topProducts: [Product] }\ntype Product @key(fields: \"upc\") { upc: String! name: Int }\n");

        var run = await GatewayRun.StartAsync("compose", "--subgraph", $"products={products}", "--subgraph", $"other={other}");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Composition failed with 3 errors:", run.Error);
        Assert.Contains("- INVALID_FIELD_SHARING: Non-shareable field \"Product.name\"", run.Error);
        Assert.Contains("- FIELD_TYPE_MISMATCH: Type of field \"Product.name\" is incompatible across subgraphs", run.Error);
        Assert.Contains("- INVALID_FIELD_SHARING: Non-shareable field \"Query.topProducts\"", run.Error);
    }

    [Fact]
    public async Task A_missing_subgraph_file_or_a_bad_value_is_unusable_input()
    {
        var missing = await GatewayRun.StartAsync("compose", "--subgraph", $"products={_files.PathOf("nope.graphql")}");
        var bad = await GatewayRun.StartAsync("compose", "--subgraph", "products");

        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("nope.graphql: it does not exist", missing.Error);
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("write NAME=URL or NAME=FILE.graphql", bad.Error);
    }

    [Fact]
    public async Task Asks_a_running_subgraph_for_its_sdl_and_routes_to_its_url()
    {
        await using var products = await LoopbackSubgraph.StartAsync(Products, "type Query { topProducts: [Product] }\ntype Product { upc: String! name: String }", []);
        var output = _files.PathOf("supergraph.graphql");

        var run = await GatewayRun.StartAsync("compose", "--subgraph", $"products={products.Url}", "-o", output);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(products.Url.ToString(), SupergraphReader.ReadFile(output).GetSubgraph("PRODUCTS").Url);
    }

    [Fact]
    public async Task A_subgraph_url_that_does_not_answer_is_unusable_input()
    {
        await using var notASubgraph = await LoopbackSubgraph.StartAsync("", "type Query { a: Int }", []);
        var url = new Uri(notASubgraph.Url, "/nowhere");

        var run = await GatewayRun.StartAsync("compose", "--subgraph", $"a={url}");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"--subgraph a: Cannot get the schema of the subgraph at {url}", run.Error);
    }

    [Fact]
    public async Task Serve_with_subgraphs_composes_them_and_answers_from_both()
    {
        await using var products = await LoopbackSubgraph.StartAsync(
            Products, "type Query { topProducts: [Product] }\ntype Product { upc: String! name: String }", new() { ["topProducts"] = new[] { new Dictionary<string, object?> { ["upc"] = "1", ["name"] = "Chair" } } });
        await using var reviews = await LoopbackSubgraph.StartAsync(
            Reviews, "type Query { reviewCount: Int }\ntype Product { upc: String! rating: Int }", new() { ["reviewCount"] = 7 });
        using var stop = new CancellationTokenSource();
        var output = new LineWriter();
        var settings = new ServeSettings(new FileInfo(ServeCommand.ComposedSupergraphName), null, ["http://127.0.0.1:0"], null, builder => builder.Logging.ClearProviders());
        var running = ServeCommand.RunComposedAsync(settings, [$"products={products.Url}", $"reviews={reviews.Url}"], output, TextWriter.Null, stop.Token);
        try
        {
            Assert.NotSame(running, await Task.WhenAny(output.FirstLine, running));
            var endpoint = new Uri((await output.FirstLine).Split(" at ")[1].Split(' ')[0]);
            using var http = new HttpClient();

            var response = await http.PostAsJsonAsync(endpoint, new { query = "{ topProducts { name } reviewCount }" });

            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.Equal("""{"topProducts":[{"name":"Chair"}],"reviewCount":7}""", body.RootElement.GetProperty("data").GetRawText());
        }
        finally
        {
            await stop.CancelAsync();
            Assert.Equal(ExitCodes.Success, await running);
        }
    }

    [Fact]
    public async Task Serve_with_subgraphs_that_do_not_compose_exits_1_without_serving()
    {
        await using var products = await LoopbackSubgraph.StartAsync(Products, "type Query { topProducts: [Product] }\ntype Product { upc: String! name: String }", []);
        var errors = new StringWriter();
        var settings = new ServeSettings(new FileInfo(ServeCommand.ComposedSupergraphName), null, ["http://127.0.0.1:0"], null, builder => builder.Logging.ClearProviders());
        var broken = _files.Write("broken.graphql", Link + "type Query { catalog: Int }");

        var exitCode = await ServeCommand.RunComposedAsync(settings, [$"products={products.Url}", $"broken={broken}"], TextWriter.Null, errors, CancellationToken.None);

        Assert.Equal(ExitCodes.Findings, exitCode);
        Assert.Contains("RESERVED_ROOT_FIELD", errors.ToString());
    }
}
