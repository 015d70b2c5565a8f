using System.Net;
using System.Text;
using Gateway.Commands;
using Gateway.Tests.Http;
using Microsoft.Extensions.Logging;

namespace Gateway.Tests.Federated;

/// <summary><c>gateway serve --supergraph</c> in-process: the API schema is served, validated against and ready.</summary>
public sealed class ServeSupergraphTests
{
    [Fact]
    public async Task Serves_the_api_schema_of_a_supergraph_and_reports_ready()
    {
        await ServeShopAsync(async (endpoint, http) =>
        {
            var ready = await http.GetAsync(new Uri(endpoint, "/health/ready"));
            var unknown = await http.PostAsync(endpoint, Json("""{"query":"{ product(upc: \"1\") { name join__Graph } }"}"""));

            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
            Assert.Contains("Cannot query field \\\"join__Graph\\\" on type \\\"Product\\\".", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Prints_query_plan_statistics_when_it_stops()
    {
        // Every fetch fails (nothing listens), but each operation is still planned.
        var output = await ServeShopAsync(async (endpoint, http) =>
        {
            for (var request = 0; request < 3; request++)
            {
                using var answer = await http.PostAsync(endpoint, Json("""{"query":"{ product(upc: \"1\") { name } }"}"""));
            }

            using var other = await http.PostAsync(endpoint, Json("""{"query":"{ product(upc: \"2\") { upc } }"}"""));
        });

        var statistics = output.Split(Environment.NewLine).Single(line => line.StartsWith("Query plans:", StringComparison.Ordinal));
        Assert.StartsWith("Query plans: 2 planned (", statistics, StringComparison.Ordinal);
        Assert.EndsWith("; cache hits 2, misses 2, hit rate 50.000%", statistics, StringComparison.Ordinal);
    }

    /// <summary>
    /// Serves the shop supergraph, with both subgraphs on the discard port where nothing listens, runs
    /// <paramref name="requests"/> against its endpoint, stops it as Ctrl+C would, and returns what it printed.
    /// </summary>
    private static async Task<string> ServeShopAsync(Func<Uri, HttpClient, Task> requests)
    {
        var path = Path.Combine(Path.GetTempPath(), $"supergraph-{Guid.NewGuid():N}.graphql");
        await File.WriteAllTextAsync(path, (await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Federated", "shop-supergraph.graphql")))
            .Replace("{products}", "http://127.0.0.1:9/graphql", StringComparison.Ordinal)
            .Replace("{reviews}", "http://127.0.0.1:9/graphql", StringComparison.Ordinal));
        using var stop = new CancellationTokenSource();
        var output = new LineWriter();
        var running = ServeCommand.RunSupergraphAsync(
            new ServeSettings(new FileInfo(path), null, ["http://127.0.0.1:0"], null, builder => builder.Logging.ClearProviders()), output, stop.Token);
        try
        {
            Assert.NotSame(running, await Task.WhenAny(output.FirstLine, running));

            // "Serving the supergraph X at URL (Ctrl+C to stop)"
            var endpoint = new Uri((await output.FirstLine).Split(" at ")[1].Split(' ')[0]);
            using var http = new HttpClient();
            await requests(endpoint, http);
        }
        finally
        {
            await stop.CancelAsync();
            Assert.Equal(ExitCodes.Success, await running);
            File.Delete(path);
        }

        return output.ToString();
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");
}
