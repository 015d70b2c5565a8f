using System.Net;

namespace Gateway.Tests.Http;

/// <summary>CSRF prevention (preflight-forcing header or content type) and the CORS policy.</summary>
public sealed class CsrfAndCorsTests
{
    private const string Origin = "https://catalog.example";

    [Fact]
    public async Task Get_without_a_preflight_header_is_refused()
    {
        await using var server = await TestServer.StartAsync();
        using var response = await server.GetAsync("{ hello }", preflight: false);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("cross-site request forgery", await StatusCodeTests.ErrorMessageAsync(response));
    }

    [Theory]
    [InlineData("GraphQL-Require-Preflight")]
    [InlineData("X-Apollo-Operation-Name")]
    [InlineData("Apollo-Require-Preflight")]
    public async Task Get_with_a_preflight_header_runs(string header)
    {
        await using var server = await TestServer.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=%7B%20hello%20%7D");
        request.Headers.Add(header, "x");
        using var response = await server.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data; boundary=x")]
    public async Task Simple_posts_are_refused_as_possible_forgeries(string contentType)
    {
        await using var server = await TestServer.StartAsync();
        using var response = await server.PostAsync("""{"query":"mutation { noop }"}""", contentType: contentType);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("cross-site request forgery", await StatusCodeTests.ErrorMessageAsync(response));
    }

    [Fact]
    public async Task Csrf_prevention_can_be_turned_off()
    {
        await using var server = await TestServer.StartAsync(options => options.CsrfPrevention = false);
        using var response = await server.GetAsync("{ hello }", preflight: false);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Preflight_from_an_allowed_origin_is_answered()
    {
        await using var server = await TestServer.StartAsync(options => options.CorsOrigins = [Origin]);
        using var request = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        request.Headers.Add("Origin", Origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type");
        using var response = await server.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(Origin, Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.Contains("POST", response.Headers.GetValues("Access-Control-Allow-Methods").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Other_origins_get_no_cors_headers()
    {
        await using var server = await TestServer.StartAsync(options => options.CorsOrigins = [Origin]);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("""{"query":"{ hello }"}""") };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.Add("Origin", "https://evil.example");
        using var response = await server.Client.SendAsync(request);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Allowed_origin_reads_the_response()
    {
        await using var server = await TestServer.StartAsync(options => options.CorsOrigins = [Origin]);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("""{"query":"{ hello }"}""") };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.Add("Origin", Origin);
        using var response = await server.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Origin, Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
    }
}
