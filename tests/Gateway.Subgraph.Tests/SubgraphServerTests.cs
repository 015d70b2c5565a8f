using System.Net.Http.Json;
using System.Text.Json;
using Gateway.Subgraph.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Subgraph.Tests;

public sealed class SubgraphServerTests
{
    private const string Sdl = """
        extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
        type Query { ping: String }
        type Station @key(fields: "code") { code: ID! city: String }
        """;

    [Fact]
    public async Task Serves_service_and_entities_over_http_on_a_loopback_port()
    {
        var subgraph = new SubgraphBuilder(Sdl)
            .ResolveReference("Station", (representation, _) => ValueTask.FromResult<object?>(new { code = representation["code"], city = "Lyon" }))
            .Build();
        await using var app = SubgraphServer.Create(subgraph, ["http://127.0.0.1:0"]);
        await app.StartAsync();
        using var http = new HttpClient();
        var endpoint = SubgraphServer.ListeningUrl(app);

        using var service = await http.PostAsJsonAsync(endpoint, new { query = "{ _service { sdl } }" });
        using var entities = await http.PostAsJsonAsync(endpoint, new
        {
            query = "query ($r: [_Any!]!) { _entities(representations: $r) { ... on Station { city } } }",
            variables = new { r = new[] { new { __typename = "Station", code = "LYS" } } },
        });

        Assert.Equal(System.Net.HttpStatusCode.OK, service.StatusCode);
        Assert.Equal(Sdl, (await service.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("data").GetProperty("_service").GetProperty("sdl").GetString());
        Assert.Equal("""{"data":{"_entities":[{"city":"Lyon"}]}}""", (await entities.Content.ReadFromJsonAsync<JsonElement>()).Compact());
        Assert.Equal("127.0.0.1", endpoint.Host);
        Assert.NotEqual(0, endpoint.Port);
        await app.StopAsync();
    }

    [Fact]
    public async Task Is_ready_as_soon_as_it_starts()
    {
        var subgraph = new SubgraphBuilder(Sdl).Build();
        await using var app = SubgraphServer.Create(subgraph, ["http://127.0.0.1:0"]);
        await app.StartAsync();
        using var http = new HttpClient();

        using var ready = await http.GetAsync(SubgraphServer.ListeningUrl(app, "/health/ready"));

        Assert.Equal(System.Net.HttpStatusCode.OK, ready.StatusCode);
        await app.StopAsync();
    }

    [Fact]
    public async Task Publishing_a_new_subgraph_swaps_what_is_served()
    {
        await using var app = SubgraphServer.Create(new SubgraphBuilder(Sdl).Build(), ["http://127.0.0.1:0"]);
        await app.StartAsync();
        using var http = new HttpClient();
        var changed = Sdl.Replace("ping: String", "ping: String\n  pong: String", StringComparison.Ordinal);

        SubgraphServer.Publish(app, new SubgraphBuilder(changed).Build());
        using var service = await http.PostAsJsonAsync(SubgraphServer.ListeningUrl(app), new { query = "{ _service { sdl } }" });

        Assert.Equal(changed, (await service.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("data").GetProperty("_service").GetProperty("sdl").GetString());
        await app.StopAsync();
    }

    private sealed class StationRegistry
    {
        public string CityOf(string code) => code == "LYS" ? "Lyon" : "Elsewhere";
    }

    [Fact]
    public async Task Resolvers_reach_the_request_services_registered_on_the_host()
    {
        var subgraph = new SubgraphBuilder(Sdl)
            .ResolveReference("Station", (representation, context) => ValueTask.FromResult<object?>(
                new { city = context.GetRequiredService<StationRegistry>().CityOf(representation.Require<string>("code")) }))
            .Build();
        await using var app = SubgraphServer.Create(subgraph, ["http://127.0.0.1:0"], configureBuilder: builder => builder.Services.AddSingleton<StationRegistry>());
        await app.StartAsync();
        using var http = new HttpClient();

        using var entities = await http.PostAsJsonAsync(SubgraphServer.ListeningUrl(app), new
        {
            query = """{ _entities(representations: [{ __typename: "Station", code: "LYS" }]) { ... on Station { city } } }""",
        });

        Assert.Equal("""{"data":{"_entities":[{"city":"Lyon"}]}}""", (await entities.Content.ReadFromJsonAsync<JsonElement>()).Compact());
        await app.StopAsync();
    }
}
