using Gateway.Catalog.Documents.Profile;
using Gateway.Catalog.Model;
using Gateway.Catalog.Storage.Sqlite;
using Gateway.Commands;
using Gateway.Registry;
using Gateway.Tests.Http;
using Gateway.Tests.Registry;
using Gateway.Usage;
using Microsoft.Extensions.Logging;

namespace Gateway.Tests.Usage;

/// <summary><c>gateway serve --registry</c> measures usage per product and stores it, at the latest when it stops.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class ServeUsageTests : IDisposable
{
    private readonly TempDirectory _files = new();

    public void Dispose() => _files.Dispose();

    [Theory]
    [InlineData("--usage-retention-days", "0", "--usage-retention-days 0: give a number of days from 1 to 3650")]
    [InlineData("--usage-flush-interval", "0", "--usage-flush-interval 0: give a number of seconds from 0.1 to 86400")]
    public async Task A_usage_setting_out_of_range_exits_2(string option, string value, string message)
    {
        var run = await GatewayRun.StartAsync("serve", "--registry", "--data-dir", _files.PathOf("data"), option, value, "--urls", "http://127.0.0.1:0");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_with_the_registry_stores_what_it_measured_when_it_stops()
    {
        await using var subgraphs = await RegistrySubgraphs.StartAsync();
        var data = _files.PathOf("data");
        Assert.Equal(0, (await GatewayRun.StartAsync("subgraph", "register", "base", "--url", subgraphs.BaseUrl.ToString(), "--data-dir", data)).ExitCode);
        using var stop = new CancellationTokenSource();
        var output = new LineWriter();
        var settings = new ServeSettings(new FileInfo("registry"), null, ["http://127.0.0.1:0"], null, builder => builder.Logging.ClearProviders())
        {
            // Nothing is written on the way: what is stored comes from the write when the gateway stops.
            Usage = new ProductUsageOptions { FlushInterval = TimeSpan.FromHours(1) },
        };
        var store = new Catalog.Storage.CatalogStoreSettings { DataDirectory = data };
        var running = ServeCommand.RunRegistryAsync(settings, store, new FollowerOptions { PollInterval = TimeSpan.FromMilliseconds(20) }, output, stop.Token);
        var answered = 0;
        try
        {
            Assert.NotSame(running, await Task.WhenAny(output.FirstLine, running));
            var endpoint = new Uri((await output.FirstLine).Split(" at ")[1].Split(',')[0]);
            using var http = new HttpClient();
            async Task<bool> QueryAsync()
            {
                using var response = await http.PostAsync(endpoint, new StringContent("""{"query":"{ base }"}""", System.Text.Encoding.UTF8, "application/json"));
                var succeeded = await response.Content.ReadAsStringAsync() == """{"data":{"base":"base"}}""";
                answered += succeeded ? 1 : 0;
                return succeeded;
            }

            await Eventually.HoldsAsync(QueryAsync);
            Assert.True(await QueryAsync());
            Assert.True(await QueryAsync());
        }
        finally
        {
            await stop.CancelAsync();
            Assert.Equal(ExitCodes.Success, await running);
        }

        await using var catalog = await SqliteCatalogStore.OpenAsync(Path.Combine(data, SqliteCatalogStore.FileName), CancellationToken.None);
        var usage = ProductUsageBucket.Sum(DateTimeOffset.UnixEpoch, await catalog.ReadUsageAsync(
            new ProductUrn(SubgraphRegistry.DefaultDomain, "base"), UsageResolution.Hour, DateTimeOffset.UnixEpoch, DateTimeOffset.UtcNow.AddHours(1), CancellationToken.None));
        Assert.Equal(3, answered);
        Assert.Equal((3L, 3L, 0L), (usage.Operations, usage.Fetches, usage.Errors));
    }
}
