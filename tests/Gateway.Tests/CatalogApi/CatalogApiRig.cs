using System.Net.Http.Json;
using System.Text.Json;
using Gateway.Catalog.Storage;
using Gateway.Registry;
using Gateway.Tests.Registry;

namespace Gateway.Tests.CatalogApi;

/// <summary>
/// A gateway on a loopback port serving a registry's supergraph (the <c>base</c> subgraph) and the catalog API over
/// a store seeded with <see cref="CatalogSeed"/>: what <c>gateway serve --registry</c> runs.
/// </summary>
public sealed class CatalogApiRig : IAsyncDisposable
{
    private readonly RegistrySubgraphs _subgraphs;
    private readonly IDisposable? _files;

    private CatalogApiRig(RegistrySubgraphs subgraphs, RegistryGateway gateway, IDisposable? files)
    {
        _subgraphs = subgraphs;
        Gateway = gateway;
        _files = files;
    }

    public RegistryGateway Gateway { get; }

    /// <summary>A rig over a new SQLite catalog file in a temporary folder.</summary>
    /// <param name="search">Whether the catalog API serves <c>search</c> and <c>suggest</c> from the embedded index in the catalog's file.</param>
    public static async Task<CatalogApiRig> StartSqliteAsync(bool adminApi = false, bool search = false)
    {
        var files = new TempDirectory();
        var store = await Catalog.Storage.Sqlite.SqliteCatalogStore.OpenAsync(files.PathOf("catalog.db"), CancellationToken.None);
        var index = search ? new Gateway.Search.Sqlite.SqliteSearchIndex(files.PathOf("catalog.db")) : null;
        return await StartAsync(store, adminApi, files, index);
    }

    /// <summary>A rig over <paramref name="store"/> (migrated, empty), which it disposes.</summary>
    public static async Task<CatalogApiRig> StartAsync(ICatalogStore store, bool adminApi = false, IDisposable? files = null, Gateway.Search.ISearchIndex? search = null)
    {
        await CatalogSeed.PublishAsync(store);
        var subgraphs = await RegistrySubgraphs.StartAsync();
        var gateway = await RegistryGateway.StartAsync(store, adminApi, search);
        var registered = await gateway.Registry.RegisterAsync(new SubgraphChange("base", subgraphs.BaseUrl, RegistrySubgraphs.BaseSdl), CancellationToken.None);
        Assert.True(registered.Succeeded, registered.Rejection ?? string.Join(" ", registered.Errors));
        return new CatalogApiRig(subgraphs, gateway, files);
    }

    /// <summary>Posts the query (with its variables) and returns <c>data.catalog</c> of an answer without errors.</summary>
    public async Task<JsonElement> CatalogAsync(string query, IReadOnlyDictionary<string, object?>? variables = null)
    {
        var (status, body) = variables is null ? await Gateway.QueryAsync(query) : await PostAsync(query, variables);
        using var document = JsonDocument.Parse(body);
        Assert.True(status == 200 && !document.RootElement.TryGetProperty("errors", out _), $"{status} {body}");
        return document.RootElement.GetProperty("data").GetProperty("catalog").Clone();
    }

    /// <summary>Posts the query and returns the compact response body.</summary>
    public async Task<string> BodyAsync(string query) => (await Gateway.QueryAsync(query)).Body;

    private async Task<(int Status, string Body)> PostAsync(string query, IReadOnlyDictionary<string, object?> variables)
    {
        using var http = new HttpClient();
        using var response = await http.PostAsJsonAsync(Gateway.Endpoint, new { query, variables });
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public async ValueTask DisposeAsync()
    {
        await Gateway.DisposeAsync();
        await _subgraphs.DisposeAsync();
        _files?.Dispose();
    }
}
