using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Gateway.Tests.Http;

/// <summary>Automatic persisted queries and trusted documents over HTTP.</summary>
public sealed class PersistedOperationTests : IDisposable
{
    private const string Query = "{ hello }";
    private readonly TempDirectory _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task Apq_hash_alone_is_not_found_then_registered_then_served_by_hash()
    {
        await using var server = await TestServer.StartAsync();
        var extensions = Extensions(Query);

        using var miss = await server.PostAsync(Body(null, Query), "application/json");
        Assert.Equal(HttpStatusCode.OK, miss.StatusCode);
        Assert.Contains("PERSISTED_QUERY_NOT_FOUND", await miss.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var register = await server.PostAsync(Body(Query, Query));
        Assert.Equal("""{"data":{"hello":"world"}}""", await register.Content.ReadAsStringAsync());

        using var hit = await server.PostAsync(Body(null, Query));
        Assert.Equal(HttpStatusCode.OK, hit.StatusCode);
        Assert.Equal("""{"data":{"hello":"world"}}""", await hit.Content.ReadAsStringAsync());

        using var overGet = await server.GetAsync("", extra: "&extensions=" + Uri.EscapeDataString(extensions));
        Assert.Equal("""{"data":{"hello":"world"}}""", await overGet.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Apq_miss_is_400_under_graphql_response_json()
    {
        await using var server = await TestServer.StartAsync();
        using var miss = await server.PostAsync(Body(null, "{ other }"));
        Assert.Equal(HttpStatusCode.BadRequest, miss.StatusCode);
    }

    [Fact]
    public async Task Hash_mismatch_is_400()
    {
        await using var server = await TestServer.StartAsync();
        using var response = await server.PostAsync(Body(Query, "{ other }"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("PERSISTED_QUERY_HASH_MISMATCH", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Trusted_documents_run_only_registered_operations()
    {
        var manifest = _files.Write("trusted.json", $$"""{ "{{Sha256(Query)}}": "{{Query}}" }""");
        await using var server = await TestServer.StartAsync(options => options.TrustedDocumentsPath = manifest);

        using var byHash = await server.PostAsync(Body(null, Query));
        using var byText = await server.PostQueryAsync(Query);
        using var other = await server.PostQueryAsync("{ __typename }");
        Assert.Equal("""{"data":{"hello":"world"}}""", await byHash.Content.ReadAsStringAsync());
        Assert.Equal("""{"data":{"hello":"world"}}""", await byText.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, other.StatusCode);
        Assert.Contains("PERSISTED_QUERY_NOT_ALLOWED", await other.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>A request body with the query (when given) and the hash of <paramref name="hashed"/>.</summary>
    private static string Body(string? query, string hashed) =>
        "{" + (query is null ? "" : $"\"query\":{JsonSerializer.Serialize(query)},") + $"\"extensions\":{Extensions(hashed)}}}";

    private static string Extensions(string hashed) => "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + Sha256(hashed) + "\"}}";

    private static string Sha256(string query) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(query))).ToLowerInvariant();
}
