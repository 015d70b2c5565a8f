using Gateway.Commands;
using Gateway.Registry;
using Gateway.Search;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Gateway.Tests.Commands;

/// <summary><c>serve --registry --search sqlite|postgres|elasticsearch [--elasticsearch-url URL]</c> chooses the index the gateway keeps and searches.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class ServeSearchIndexTests : IDisposable
{
    private readonly TempDirectory _files = new();

    public void Dispose() => _files.Dispose();

    [Theory]
    [InlineData("postgres", "The postgres search index lives in a PostgreSQL catalog's database, and the catalog is SQLite")]
    [InlineData("elasticsearch", "The elasticsearch search index needs its address: give --elasticsearch-url or set GATEWAY_ELASTICSEARCH_URL")]
    public async Task An_index_the_catalog_cannot_have_exits_2_with_what_to_change(string kind, string message)
    {
        var run = await GatewayRun.StartAsync("serve", "--registry", "--data-dir", _files.PathOf("data"), "--search", kind, "--urls", "http://127.0.0.1:0");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_index_kind_is_refused_by_the_command_line()
    {
        var run = await GatewayRun.StartAsync("serve", "--registry", "--data-dir", _files.PathOf("data"), "--search", "lucene", "--urls", "http://127.0.0.1:0");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("lucene", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_with_elasticsearch_opens_its_template_and_alias_at_the_given_address()
    {
        var requests = new List<string>();
        await using var elasticsearch = await StartElasticsearchAsync(requests);
        using var stop = new CancellationTokenSource();
        var output = new Http.LineWriter();
        var settings = new ServeSettings(new FileInfo("registry"), null, ["http://127.0.0.1:0"], null, builder => builder.Logging.ClearProviders())
        {
            Search = new SearchIndexSelection(SearchIndexSelection.Elasticsearch, elasticsearch.Urls.First()),
        };
        var store = new Catalog.Storage.CatalogStoreSettings { DataDirectory = _files.PathOf("data") };
        var running = ServeCommand.RunRegistryAsync(settings, store, new FollowerOptions(), output, stop.Token);
        try
        {
            Assert.NotSame(running, await Task.WhenAny(output.FirstLine, running));
        }
        finally
        {
            await stop.CancelAsync();
            Assert.Equal(ExitCodes.Success, await running);
        }

        lock (requests)
        {
            Assert.Equal(["PUT /_index_template/dp-products", "GET /_alias/dp-products"], requests.Take(2));
        }
    }

    /// <summary>An Elasticsearch stand-in that acknowledges everything and has the alias over one index.</summary>
    private static async Task<WebApplication> StartElasticsearchAsync(List<string> requests)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.Run(async context =>
        {
            lock (requests)
            {
                requests.Add($"{context.Request.Method} {context.Request.Path}");
            }

            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(context.Request.Path.StartsWithSegments("/_alias", StringComparison.Ordinal)
                ? """{"dp-products-1":{"aliases":{"dp-products":{}}}}"""
                : """{"acknowledged":true}""");
        });
        await app.StartAsync();
        return app;
    }
}
