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
        var path = Path.Combine(Path.GetTempPath(), $"supergraph-{Guid.NewGuid():N}.graphql");
        await File.WriteAllTextAsync(path, (await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Federated", "shop-supergraph.graphql")))
            .Replace("{products}", "http://127.0.0.1:9/graphql", StringComparison.Ordinal)
            .Replace("{reviews}", "http://127.0.0.1:9/graphql", StringComparison.Ordinal));
        using var stop = new CancellationTokenSource();
        var output = new LineWriter();
        var settings = new ServeSettings(new FileInfo(path), null, ["http://127.0.0.1:0"], null, builder => builder.Logging.ClearProviders());
        var running = ServeCommand.RunSupergraphAsync(settings, output, stop.Token);
        try
        {
            Assert.NotSame(running, await Task.WhenAny(output.FirstLine, running));
            var endpoint = new Uri((await output.FirstLine).Split(" at ")[1].Split(' ')[0]);
            using var http = new HttpClient();

            var ready = await http.GetAsync(new Uri(endpoint, "/health/ready"));
            var unknown = await http.PostAsync(endpoint, Json("""{"query":"{ product(upc: \"1\") { name join__Graph } }"}"""));

            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
            Assert.Contains("Cannot query field \\\"join__Graph\\\" on type \\\"Product\\\".", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        finally
        {
            await stop.CancelAsync();
            Assert.Equal(ExitCodes.Success, await running);
            File.Delete(path);
        }
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");
}
