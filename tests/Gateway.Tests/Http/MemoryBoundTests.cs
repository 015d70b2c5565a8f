using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Xunit.Abstractions;

namespace Gateway.Tests.Http;

/// <summary>
/// The managed heap stays bounded under hostile traffic: oversized bodies, alias floods, deep nesting,
/// invalid UTF-8, and many distinct large query texts sent to fill the document and persisted-query
/// caches. Asserts memory, never time. Runs alone so other tests' allocations do not blur the measure.
/// </summary>
[Collection(MemoryCollection.Name)]
public sealed class MemoryBoundTests(ITestOutputHelper output)
{
    /// <summary>
    /// What the heap may keep after the hostile round: the document cache (2 Mi characters of text and
    /// their parsed documents) and the automatic persisted query cache (up to 16 Mi characters, of which
    /// this test registers about 3 Mi) fit well inside it; an unbounded cache of the texts sent (over 10 Mi
    /// characters here, each with a parsed document ten times its size) does not.
    /// </summary>
    private const long HeapGrowthBound = 64L * 1024 * 1024;

    [Fact]
    public async Task Hostile_traffic_leaves_the_heap_bounded_and_the_server_answering()
    {
        await using var server = await TestServer.StartAsync(options => options.RequestBodyTimeout = TimeSpan.FromSeconds(5));

        // Warm-up: one of each kind, so JIT, connection and buffer pools are in place before the baseline.
        await SendHostileRoundAsync(server, round: -1, repeat: 1);
        var before = GC.GetTotalMemory(forceFullCollection: true);

        var sent = await SendHostileRoundAsync(server, round: 0, repeat: 10);

        var after = GC.GetTotalMemory(forceFullCollection: true);
        output.WriteLine($"{sent} hostile requests; managed heap {before / 1024 / 1024} MiB -> {after / 1024 / 1024} MiB");
        Assert.True(
            after - before < HeapGrowthBound,
            $"The managed heap grew by {(after - before) / 1024 / 1024} MiB over {sent} hostile requests; the bound is {HeapGrowthBound / 1024 / 1024} MiB.");

        using var still = await server.PostQueryAsync("{ __typename }");
        Assert.Equal(HttpStatusCode.OK, still.StatusCode);
        Assert.Equal("""{"data":{"__typename":"Query"}}""", await still.Content.ReadAsStringAsync());
    }

    /// <summary>Sends each kind of hostile request <paramref name="repeat"/> times (distinct texts per round and index); returns how many.</summary>
    private static async Task<int> SendHostileRoundAsync(TestServer server, int round, int repeat)
    {
        var sent = 0;
        for (var i = 0; i < repeat; i++)
        {
            // A declared 50 MB body: 413 before it is read.
            var declared = await RawHttp.ExchangeAsync(
                server.BaseAddress,
                RawHttp.PostHead(server.BaseAddress, $"Content-Length: {50 * 1024 * 1024}\r\n"),
                HostileInputTests.Chunks(50 * 1024 * 1024, TimeSpan.Zero));
            Assert.StartsWith("HTTP/1.1 413", declared, StringComparison.Ordinal);

            // A chunked 50 MB body: 413 once it passes the limit.
            var chunked = await RawHttp.ExchangeAsync(
                server.BaseAddress,
                RawHttp.PostHead(server.BaseAddress, "Transfer-Encoding: chunked\r\n"),
                HostileInputTests.ChunkedEncoding(HostileInputTests.Chunks(50 * 1024 * 1024, TimeSpan.Zero)));
            Assert.StartsWith("HTTP/1.1 413", chunked, StringComparison.Ordinal);

            // 10,000 aliases: past the token limit.
            var aliases = $"query R{round}I{i} {{ " + string.Join(' ', Enumerable.Range(0, 10_000).Select(n => $"a{n}: hello")) + " }";
            await ExpectAsync(server.PostQueryAsync(aliases), HttpStatusCode.BadRequest);

            // Deep nesting: past the parser's depth limit.
            var deep = $"query D{round}I{i} {{ " + string.Concat(Enumerable.Repeat("node { child { ", 500)) + "id" + new string('}', 1000) + " }";
            await ExpectAsync(server.PostQueryAsync(deep), HttpStatusCode.BadRequest);

            // Invalid UTF-8 in the body.
            await ExpectAsync(PostBytesAsync(server, InvalidUtf8(round, i)), HttpStatusCode.BadRequest);
            sent += 5;

            // Distinct texts just under the cached length (each parses into thousands of nodes, valid but
            // over the root field limit), and longer ones that are never cached; both also registered as
            // automatic persisted queries.
            for (var j = 0; j < 25; j++)
            {
                var fills = FillingQuery(round, i, j, length: 15 * 1024);
                await ExpectAsync(server.PostQueryAsync(fills), HttpStatusCode.BadRequest);
                await ExpectAsync(PostPersistedAsync(server, fills), HttpStatusCode.BadRequest);
                sent += 2;
            }

            for (var j = 0; j < 5; j++)
            {
                await ExpectAsync(server.PostQueryAsync(FillingQuery(round, i, 100 + j, length: 60 * 1024)), HttpStatusCode.BadRequest);
                sent++;
            }
        }

        return sent;
    }

    /// <summary>A distinct query of about <paramref name="length"/> characters selecting <c>hello</c> over and over.</summary>
    private static string FillingQuery(int round, int index, int item, int length)
    {
        var text = new StringBuilder($"query F{round}I{index}J{item} {{", length + 16);
        while (text.Length < length)
        {
            text.Append(" hello");
        }

        return text.Append(" }").ToString();
    }

    private static byte[] InvalidUtf8(int round, int index)
    {
        var bytes = Encoding.UTF8.GetBytes($"{{\"query\":\"query U{round}I{index} {{ hello }}\",\"x\":\"\u00e9\"}}");
        bytes[^3] = 0xC3;
        bytes[^2] = 0x28;
        return bytes;
    }

    private static Task<HttpResponseMessage> PostBytesAsync(TestServer server, byte[] body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return server.Client.SendAsync(request);
    }

    /// <summary>Registers the query by its SHA-256 (automatic persisted queries) and runs it.</summary>
    private static Task<HttpResponseMessage> PostPersistedAsync(TestServer server, string query)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query)));
        var body = JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["query"] = query,
            ["extensions"] = new Dictionary<string, object?> { ["persistedQuery"] = new Dictionary<string, object?> { ["version"] = 1, ["sha256Hash"] = hash } },
        });
        return server.PostAsync(body);
    }

    private static async Task ExpectAsync(Task<HttpResponseMessage> sending, HttpStatusCode status)
    {
        using var response = await sending;
        Assert.Equal(status, response.StatusCode);
    }
}
