using System.Net;
using System.Text.Json;
using Gateway.Http;

namespace Gateway.Tests.Http;

/// <summary>Each status code path of the endpoint, over a real loopback connection.</summary>
public sealed class StatusCodeTests : IAsyncLifetime
{
    private TestServer _server = null!;

    public async Task InitializeAsync() => _server = await TestServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Query_answers_200_with_data_in_graphql_response_json()
    {
        using var response = await _server.PostQueryAsync("{ hello products { id name } }");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/graphql-response+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        Assert.Equal("""{"data":{"hello":"world","products":[{"id":"1","name":"Kettle"}]}}""", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("application/json")]
    [InlineData("*/*")]
    [InlineData("application/json, application/graphql-response+json;q=0.9")]
    public async Task Legacy_and_wildcard_accept_get_application_json(string? accept)
    {
        using var response = await _server.PostQueryAsync("{ hello }", accept);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
    }

    [Theory]
    [InlineData("application/graphql-response+json, application/json;q=0.9")]
    [InlineData("application/graphql-response+json, application/json")]
    [InlineData("application/json, application/graphql-response+json")]
    [InlineData("application/json;q=0.5,  Application/GraphQL-Response+JSON")]
    public async Task Preferred_graphql_response_type_wins_over_json(string accept)
    {
        using var response = await _server.PostQueryAsync("{ hello }", accept);
        Assert.Equal("application/graphql-response+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("application/json;charset=UTF-8")]
    [InlineData("Application/JSON")]
    [InlineData("application/json ; charset=\"utf-8\"")]
    public async Task Json_content_type_spellings_are_accepted_without_a_preflight_header(string contentType)
    {
        using var response = await _server.PostAsync("""{"query":"{ hello }"}""", contentType: contentType);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"data":{"hello":"world"}}""", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("{ hello products { id name } }", "application/graphql-response+json")]
    [InlineData("{ hello }", "text/html")]
    public async Task Responses_carry_a_content_length_instead_of_chunked_encoding(string query, string accept)
    {
        using var response = await _server.PostQueryAsync(query, accept);
        var body = await response.Content.ReadAsByteArrayAsync();
        Assert.NotEqual(true, response.Headers.TransferEncodingChunked);
        Assert.Equal(body.Length, response.Content.Headers.ContentLength);
        Assert.StartsWith("{\"", System.Text.Encoding.UTF8.GetString(body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Head_answers_the_get_headers_without_a_body()
    {
        using var get = await _server.GetAsync("{ hello }");
        using var head = new HttpRequestMessage(HttpMethod.Head, $"/graphql?query={Uri.EscapeDataString("{ hello }")}");
        head.Headers.Add("GraphQL-Require-Preflight", "1");
        head.Headers.TryAddWithoutValidation("Accept", "application/graphql-response+json");
        using var response = await _server.Client.SendAsync(head);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(get.Content.Headers.ContentLength, response.Content.Headers.ContentLength);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_body_spanning_many_buffer_segments_is_read_whole()
    {
        // 200 KiB of padding puts the query across many of the request pipe's segments, with multi-byte
        // characters (a comment) and the operation after the padding.
        var padding = new string(' ', 200 * 1024);
        var body = $$"""{"operationName":"Hello","query":"{{padding}}# Grüße\nquery Hello { hello }"}""";
        using var response = await _server.PostAsync(body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"data":{"hello":"world"}}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Unacceptable_accept_is_406()
    {
        using var response = await _server.PostQueryAsync("{ hello }", "text/html");
        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        Assert.Contains("NOT_ACCEPTABLE", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/json; charset=latin1")]
    [InlineData("application/graphql")]
    public async Task Unsupported_content_type_is_415(string contentType)
    {
        using var response = await _server.PostAsync("""{"query":"{ hello }"}""", contentType: contentType, preflight: true);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("application/json", await ErrorMessageAsync(response));
    }

    [Fact]
    public async Task Post_without_content_type_is_415()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent("""{"query":"{ hello }"}"""u8.ToArray()) };
        request.Headers.Add("GraphQL-Require-Preflight", "1");
        using var response = await _server.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("has no Content-Type", await ErrorMessageAsync(response));
    }

    [Fact]
    public async Task Mutation_over_get_is_405_with_allow_post()
    {
        using var response = await _server.GetAsync("mutation { noop }");
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["POST"], response.Content.Headers.Allow);
        Assert.Contains("Mutations cannot be sent with GET", await ErrorMessageAsync(response));
    }

    [Fact]
    public async Task Query_over_get_runs_with_variables()
    {
        using var response = await _server.GetAsync(
            "query Q($n: String!) { __type(name: $n) { name } }", extra: "&variables=" + Uri.EscapeDataString("""{"n":"Product"}"""));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"data":{"__type":{"name":"Product"}}}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Mutation_over_post_reads_examples()
    {
        using var response = await _server.PostQueryAsync("""mutation { noop createProduct(name: "x") { id name } }""");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"data":{"noop":true,"createProduct":{"id":"1","name":"Kettle"}}}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Other_methods_are_405_with_allow()
    {
        using var response = await _server.Client.PutAsync("/graphql", new StringContent("{}"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "POST"], response.Content.Headers.Allow);
    }

    [Theory]
    [InlineData("{", false)]
    [InlineData("{ nope }", true)]
    public async Task Parse_and_validation_failures_are_400_without_data(string query, bool validation)
    {
        using var response = await _server.PostQueryAsync(query);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.False(body.RootElement.TryGetProperty("data", out _));
        Assert.Contains(validation ? "Cannot query field \"nope\"" : "Syntax Error", body.RootElement.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Theory]
    [InlineData("{")]
    [InlineData("{ nope }")]
    public async Task Failures_under_application_json_are_200(string query)
    {
        using var response = await _server.PostQueryAsync(query, "application/json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("errors", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Variable_coercion_failure_is_400()
    {
        using var response = await _server.PostAsync("""{"query":"query Q($id: ID!) { __typename }","variables":{"id":null}}""");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("$id", await ErrorMessageAsync(response));
    }

    [Fact]
    public async Task Operation_name_selects_the_operation()
    {
        using var response = await _server.PostAsync("""{"query":"query A { hello } query B { __typename }","operationName":"B"}""");
        Assert.Equal("""{"data":{"__typename":"Query"}}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Field_error_with_data_is_200_under_the_compatible_policy()
    {
        using var response = await _server.PostQueryAsync("{ hello broken }");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"data\":{\"hello\":\"world\",\"broken\":null}", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Health_is_up_and_ready()
    {
        using var health = await _server.Client.GetAsync("/health");
        using var ready = await _server.Client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("""{"status":"ready"}""", await ready.Content.ReadAsStringAsync());
    }

    public static async Task<string> ErrorMessageAsync(HttpResponseMessage response)
    {
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("errors")[0].GetProperty("message").GetString()!;
    }
}
