using System.Net;
using System.Runtime.CompilerServices;
using System.Text;

namespace Gateway.Tests.Http;

/// <summary>Hostile and broken input: each gets a clear GraphQL error, and the server keeps answering.</summary>
public sealed class HostileInputTests : IAsyncLifetime
{
    private TestServer _server = null!;

    public async Task InitializeAsync() => _server = await TestServer.StartAsync(options => options.RequestBodyTimeout = TimeSpan.FromSeconds(1));

    public async Task DisposeAsync()
    {
        // Whatever the test sent, the server still answers an ordinary query.
        using var response = await _server.PostQueryAsync("{ hello }");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await _server.DisposeAsync();
    }

    [Theory]
    [InlineData("{ \"not a JSON", "not valid JSON")]
    [InlineData("", "body is empty")]
    [InlineData("[1]", "Batched requests")]
    [InlineData("\"query\"", "must be a JSON object")]
    [InlineData("{\"query\":\"{ hello }\"} {}", "not valid JSON")]
    [InlineData("{\"notquery\":\"{ hello }\"}", "The request has no query")]
    [InlineData("{\"query\":{\"obj\":1}}", "the query parameter must be a string, not an object")]
    [InlineData("{\"query\":\"{ hello }\",\"operationName\":0}", "the operationName parameter must be a string, not a number")]
    [InlineData("{\"query\":\"{ hello }\",\"variables\":\"string\"}", "the variables parameter must be a JSON object (a map), not a string")]
    [InlineData("{\"query\":\"{ hello }\",\"variables\":[1]}", "the variables parameter must be a JSON object (a map), not an array")]
    [InlineData("{\"query\":\"{ hello }\",\"extensions\":false}", "the extensions parameter must be a JSON object (a map), not a boolean")]
    public async Task Malformed_bodies_are_400_with_a_message_naming_the_problem(string body, string message)
    {
        using var response = await _server.PostAsync(body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, await StatusCodeTests.ErrorMessageAsync(response));
    }

    [Fact]
    public async Task Variables_of_the_wrong_type_are_a_coercion_error()
    {
        using var response = await _server.PostAsync("""{"query":"query Q($n: String!) { __type(name: $n) { name } }","variables":{"n":[1,2]}}""");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("$n", await StatusCodeTests.ErrorMessageAsync(response));
    }

    [Fact]
    public async Task Invalid_utf8_is_400()
    {
        var bytes = "{\"query\":\"{ hello }\",\"x\":\"\u00e9\"}"u8.ToArray();
        bytes[^3] = 0xC3;
        bytes[^2] = 0x28;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = new("application/json");
        using var response = await _server.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("not valid UTF-8", await StatusCodeTests.ErrorMessageAsync(response));
    }

    [Fact]
    public async Task Deeply_nested_json_is_400()
    {
        var body = "{\"query\":\"{ hello }\",\"variables\":{\"v\":" + new string('[', 10_000) + new string(']', 10_000) + "}}";
        using var response = await _server.PostAsync(body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("not valid JSON", await StatusCodeTests.ErrorMessageAsync(response));
    }

    [Fact]
    public async Task Deeply_nested_selections_are_refused_by_the_parser()
    {
        var query = "{ " + string.Concat(Enumerable.Repeat("node { child { ", 500)) + "id" + new string('}', 1000) + " }";
        using var response = await _server.PostQueryAsync(query);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("depth", await StatusCodeTests.ErrorMessageAsync(response), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Ten_thousand_aliases_are_refused()
    {
        var query = "{ " + string.Join(' ', Enumerable.Range(0, 10_000).Select(i => $"a{i}: hello")) + " }";
        using var response = await _server.PostQueryAsync(query);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("tokens", await StatusCodeTests.ErrorMessageAsync(response), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_declared_50_MB_body_is_413_before_it_is_read()
    {
        const int size = 50 * 1024 * 1024;
        var response = await RawHttp.ExchangeAsync(
            _server.BaseAddress, RawHttp.PostHead(_server.BaseAddress, $"Content-Length: {size}\r\n"), Chunks(size, TimeSpan.Zero));
        Assert.StartsWith("HTTP/1.1 413", response, StringComparison.Ordinal);
        Assert.Contains("REQUEST_TOO_LARGE", response, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_chunked_50_MB_body_is_413_once_it_passes_the_limit()
    {
        const int size = 50 * 1024 * 1024;
        var response = await RawHttp.ExchangeAsync(
            _server.BaseAddress, RawHttp.PostHead(_server.BaseAddress, "Transfer-Encoding: chunked\r\n"), ChunkedEncoding(Chunks(size, TimeSpan.Zero)));
        Assert.StartsWith("HTTP/1.1 413", response, StringComparison.Ordinal);
        Assert.Contains("larger than 1048576 bytes", response, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_slow_body_is_answered_408()
    {
        // Declares 1,000 bytes, sends 10 and then nothing more: the server's 1 s body timeout answers.
        var response = await RawHttp.ExchangeAsync(
            _server.BaseAddress, RawHttp.PostHead(_server.BaseAddress, "Content-Length: 1000\r\n"), Stall("{\"query\":"u8.ToArray()));
        Assert.StartsWith("HTTP/1.1 408", response, StringComparison.Ordinal);
        Assert.Contains("REQUEST_TIMEOUT", response, StringComparison.Ordinal);
    }

    internal static async IAsyncEnumerable<byte[]> Chunks(int total, TimeSpan pause)
    {
        var chunk = Encoding.ASCII.GetBytes(new string(' ', 64 * 1024));
        for (var sent = 0; sent < total; sent += chunk.Length)
        {
            yield return chunk;
            if (pause > TimeSpan.Zero)
            {
                await Task.Delay(pause);
            }
        }
    }

    internal static async IAsyncEnumerable<byte[]> ChunkedEncoding(IAsyncEnumerable<byte[]> chunks)
    {
        await foreach (var chunk in chunks)
        {
            yield return [.. Encoding.ASCII.GetBytes($"{chunk.Length:X}\r\n"), .. chunk, .. "\r\n"u8];
        }

        yield return "0\r\n\r\n"u8.ToArray();
    }

    /// <summary>Yields the bytes, then waits forever (the exchange stops when the response arrives).</summary>
    private static async IAsyncEnumerable<byte[]> Stall(byte[] first, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        yield return first;
        await Task.Delay(Timeout.Infinite, cancellationToken).ContinueWith(_ => { }, TaskScheduler.Default);
    }
}
