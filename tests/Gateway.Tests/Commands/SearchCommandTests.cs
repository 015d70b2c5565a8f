using Gateway.Catalog.Documents.Profile;
using Gateway.Catalog.Model;
using Gateway.Catalog.Storage.Sqlite;

namespace Gateway.Tests.Commands;

[Collection(ConsoleCollection.Name)]
public sealed class SearchCommandTests : IDisposable
{
    private readonly TempDirectory _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task Search_indexes_what_is_pending_and_prints_the_hits_highlights_and_facets()
    {
        var data = await CatalogAsync();

        var run = await GatewayRun.StartAsync("search", "order", "--data-dir", data);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            """
            2 products match "order"
            1. urn:dp:sales:orders  (score SCORE)
                 name: [Orders]
                 description: [Orders] placed in the web shop.
            2. urn:dp:sales:order-lines  (score SCORE)
                 name: [Order] Lines
                 description: The lines of each [order] &lt;b&gt;.
            domain: sales (2)
            status: published (2)
            owner: mia (2)
            classification: clean (2)
            tags: sales (2)
            """.Replace("&lt;b&gt;", "<b>", StringComparison.Ordinal),
            System.Text.RegularExpressions.Regex.Replace(run.Out, @"score [0-9.E-]+", "score SCORE"));
    }

    [Fact]
    public async Task Search_filters_by_domain_and_writes_json()
    {
        var data = await CatalogAsync();

        var run = await GatewayRun.StartAsync("search", "", "--domain", "player", "--format", "json", "--data-dir", data);

        Assert.Equal(0, run.ExitCode);
        using var json = System.Text.Json.JsonDocument.Parse(run.Out);
        Assert.Equal(1, json.RootElement.GetProperty("totalCount").GetInt64());
        Assert.Equal("urn:dp:player:play-events", json.RootElement.GetProperty("hits")[0].GetProperty("urn").GetString());
        Assert.False(json.RootElement.GetProperty("hasNextPage").GetBoolean());
    }

    [Fact]
    public async Task Drafts_show_only_for_their_owner()
    {
        var data = await CatalogAsync();

        var anyone = await GatewayRun.StartAsync("search", "forecast", "--data-dir", data);
        var owner = await GatewayRun.StartAsync("search", "forecast", "--as", "mia", "--data-dir", data);

        Assert.StartsWith("0 products match", anyone.Out, StringComparison.Ordinal);
        Assert.StartsWith("1 product matches", owner.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Suggest_prints_completions_one_a_line()
    {
        var data = await CatalogAsync();

        var run = await GatewayRun.StartAsync("search", "suggest", "pla", "--data-dir", data);

        Assert.Equal((0, "product\tPlay Events\turn:dp:player:play-events\ntag\tplayer"), (run.ExitCode, run.Out.ReplaceLineEndings("\n")));
    }

    [Fact]
    public async Task Reindex_rebuilds_the_index_from_the_catalog()
    {
        var data = await CatalogAsync();

        var run = await GatewayRun.StartAsync("search", "reindex", "--data-dir", data);
        var search = await GatewayRun.StartAsync("search", "play", "--data-dir", data);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("Indexed 4 products into the sqlite index in ", run.Out, StringComparison.Ordinal);
        Assert.StartsWith("1 product matches", search.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_cursor_or_a_missing_catalog_is_unusable_input()
    {
        var data = await CatalogAsync();

        var cursor = await GatewayRun.StartAsync("search", "order", "--after", "forged", "--data-dir", data);
        var missing = await GatewayRun.StartAsync("search", "order", "--data-dir", _files.PathOf("nowhere"));

        Assert.Equal((2, 2), (cursor.ExitCode, missing.ExitCode));
        Assert.Contains("is not a cursor of a search", cursor.Error, StringComparison.Ordinal);
        Assert.Contains("There is no catalog", missing.Error, StringComparison.Ordinal);
    }

    private async Task<string> CatalogAsync()
    {
        var data = _files.PathOf("data");
        await using var store = await SqliteCatalogStore.OpenAsync(Path.Combine(data, SqliteCatalogStore.FileName), CancellationToken.None);
        await PublishAsync(store, "sales", "orders", "Orders", "Orders placed in the web shop.", LifecycleStatus.Published);
        await PublishAsync(store, "sales", "order-lines", "Order Lines", "The lines of each order <b>.", LifecycleStatus.Published);
        await PublishAsync(store, "player", "play-events", "Play Events", "Every track play.", LifecycleStatus.Published);
        await PublishAsync(store, "sales", "order-forecast", "Order Forecast", "Orders expected next month.", LifecycleStatus.Draft);
        return data;
    }

    private static Task PublishAsync(SqliteCatalogStore store, string domain, string name, string title, string description, LifecycleStatus status)
    {
        var urn = new ProductUrn(domain, name);
        return store.PublishAsync(
            new ProductPublication(
                urn, domain, null, title, description, "mia", null, DataClassification.Clean, [domain], SemanticVersion.Parse("1.0.0"), status,
                $"descriptor of {urn}", null, null, [], [], [], [], [], null, "test"),
            0, CancellationToken.None);
    }
}
