using Gateway.Commands;
using Gateway.Registry;
using Gateway.Tests.Http;
using Gateway.Tests.Registry;
using Microsoft.Extensions.Logging;

namespace Gateway.Tests.Commands;

[Collection(ConsoleCollection.Name)]
public sealed class SubgraphCommandTests : IDisposable
{
    private readonly TempDirectory _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task Register_list_and_remove_change_the_stored_supergraph_version()
    {
        await using var subgraphs = await RegistrySubgraphs.StartAsync();
        var data = _files.PathOf("data");
        var extraSdl = _files.Write("extra.graphql", RegistrySubgraphs.ExtraASdl);

        var registerBase = await GatewayRun.StartAsync("subgraph", "register", "base", "--url", subgraphs.BaseUrl.ToString(), "--data-dir", data);
        var registerExtra = await GatewayRun.StartAsync(
            "subgraph", "register", "extra", "--url", subgraphs.ExtraUrl.ToString(), "--sdl", extraSdl, "--domain", "shipping", "--version", "2.1.0", "--data-dir", data);
        var list = await GatewayRun.StartAsync("subgraph", "list", "--data-dir", data);
        var remove = await GatewayRun.StartAsync("subgraph", "remove", "extra", "--data-dir", data);

        Assert.Equal((0, "Registered base; the supergraph is now version 1."), (registerBase.ExitCode, registerBase.Out));
        Assert.Equal((0, "Registered extra; the supergraph is now version 2."), (registerExtra.ExitCode, registerExtra.Out));
        Assert.Equal(0, list.ExitCode);
        Assert.Equal(
            $"base\tactive\t1.0.0\tdefault\t{subgraphs.BaseUrl}\nextra\tactive\t2.1.0\tshipping\t{subgraphs.ExtraUrl}",
            list.Out.ReplaceLineEndings("\n"));
        Assert.Equal("2 subgraphs; supergraph version 2.", list.Error);
        Assert.Equal((0, "Removed extra; the supergraph is now version 3."), (remove.ExitCode, remove.Out));
    }

    [Fact]
    public async Task A_registration_that_does_not_compose_exits_1_with_every_error()
    {
        await using var subgraphs = await RegistrySubgraphs.StartAsync();
        var data = _files.PathOf("data");
        var clashing = _files.Write("clash.graphql", RegistrySubgraphs.Link + "\ntype Query { base: String other: Missing }\n");
        await GatewayRun.StartAsync("subgraph", "register", "base", "--url", subgraphs.BaseUrl.ToString(), "--data-dir", data);

        var run = await GatewayRun.StartAsync("subgraph", "register", "extra", "--url", subgraphs.ExtraUrl.ToString(), "--sdl", clashing, "--data-dir", data);
        var list = await GatewayRun.StartAsync("subgraph", "list", "--data-dir", data);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("Composition failed with ", run.Error);
        Assert.EndsWith("Nothing was stored; the supergraph stays as it was.", run.Error.ReplaceLineEndings("\n"));
        Assert.Equal("1 subgraph; supergraph version 1.", list.Error);
    }

    [Fact]
    public async Task Removing_an_unregistered_subgraph_exits_1()
    {
        var data = _files.PathOf("data");
        await using (await Catalog.Storage.Sqlite.SqliteCatalogStore.OpenAsync(Path.Combine(data, "catalog.db"), CancellationToken.None))
        {
        }

        var run = await GatewayRun.StartAsync("subgraph", "remove", "extra", "--data-dir", data);

        Assert.Equal((1, "Not stored: No subgraph is registered as 'extra'; 'gateway subgraph list' shows the registered names."), (run.ExitCode, run.Error));
    }

    [Theory]
    [InlineData("--url", "not a url", "--url not a url: give the subgraph's absolute http or https URL")]
    [InlineData("--version", "two", "--version two: give a semantic version MAJOR.MINOR.PATCH")]
    [InlineData("--sdl", "missing.graphql", "missing.graphql")]
    public async Task Bad_registration_input_exits_2(string option, string value, string message)
    {
        var arguments = new List<string> { "subgraph", "register", "extra", "--data-dir", _files.PathOf("data") };
        if (option != "--url")
        {
            arguments.AddRange(["--url", "http://127.0.0.1:9/graphql"]);
        }

        arguments.AddRange([option, option == "--sdl" ? _files.PathOf(value) : value]);

        var run = await GatewayRun.StartAsync([.. arguments]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error);
    }

    [Fact]
    public async Task Listing_without_a_catalog_exits_2()
    {
        var run = await GatewayRun.StartAsync("subgraph", "list", "--data-dir", _files.PathOf("nowhere"));

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("There is no catalog at", run.Error);
    }

    [Theory]
    [InlineData("--mock", "schema.graphql")]
    [InlineData("--poll-interval", "0")]
    public async Task Serve_with_the_registry_and_another_source_or_a_bad_interval_exits_2(string option, string value)
    {
        var run = await GatewayRun.StartAsync("serve", "--registry", "--data-dir", _files.PathOf("data"), option, value, "--urls", "http://127.0.0.1:0");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(option == "--mock" ? "Give exactly one of" : "--poll-interval 0: give a number of seconds above 0", run.Error);
    }

    [Fact]
    public async Task Serve_with_the_registry_follows_registrations_made_from_the_command_line()
    {
        await using var subgraphs = await RegistrySubgraphs.StartAsync();
        var data = _files.PathOf("data");
        using var stop = new CancellationTokenSource();
        var output = new LineWriter();
        var settings = new ServeSettings(new FileInfo("registry"), null, ["http://127.0.0.1:0"], null, builder => builder.Logging.ClearProviders());
        var store = new Catalog.Storage.CatalogStoreSettings { DataDirectory = data };
        var running = ServeCommand.RunRegistryAsync(settings, store, new FollowerOptions { PollInterval = TimeSpan.FromMilliseconds(20) }, output, stop.Token);
        try
        {
            Assert.NotSame(running, await Task.WhenAny(output.FirstLine, running));
            var endpoint = new Uri((await output.FirstLine).Split(" at ")[1].Split(',')[0]);
            using var http = new HttpClient();
            using var notReady = await http.GetAsync(new Uri(endpoint, "/health/ready"));

            await GatewayRun.StartAsync("subgraph", "register", "base", "--url", subgraphs.BaseUrl.ToString(), "--data-dir", data);
            await GatewayRun.StartAsync("subgraph", "register", "extra", "--url", subgraphs.ExtraUrl.ToString(), "--data-dir", data);
            var body = "";
            await Eventually.HoldsAsync(async () =>
            {
                using var response = await http.PostAsync(endpoint, new StringContent("""{"query":"{ base extraB }"}""", System.Text.Encoding.UTF8, "application/json"));
                body = await response.Content.ReadAsStringAsync();
                return !body.Contains("errors", StringComparison.Ordinal);
            });

            Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, notReady.StatusCode);
            Assert.Equal("""{"data":{"base":"base","extraB":"B"}}""", body);
        }
        finally
        {
            await stop.CancelAsync();
            Assert.Equal(ExitCodes.Success, await running);
        }
    }
}
