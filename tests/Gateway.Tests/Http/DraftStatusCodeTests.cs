using System.Net;
using Gateway.Http;

namespace Gateway.Tests.Http;

/// <summary>The newer draft's status codes (StatusCodePolicy.Draft): 422 for unrunnable documents, 294 for partial success.</summary>
public sealed class DraftStatusCodeTests : IAsyncLifetime
{
    private TestServer _server = null!;

    public async Task InitializeAsync() => _server = await TestServer.StartAsync(options => options.StatusCodes = StatusCodePolicy.Draft);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Parse_failure_stays_400()
    {
        using var response = await _server.PostQueryAsync("{");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Validation_failure_is_422()
    {
        using var response = await _server.PostQueryAsync("{ nope }");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
    }

    [Fact]
    public async Task Variable_coercion_failure_is_422()
    {
        using var response = await _server.PostAsync("""{"query":"query Q($id: ID!) { __typename }","variables":{"id":null}}""");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
    }

    [Fact]
    public async Task Unknown_operation_name_is_422()
    {
        using var response = await _server.PostAsync("""{"query":"query A { hello }","operationName":"B"}""");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
    }

    [Fact]
    public async Task Partial_success_is_294()
    {
        using var response = await _server.PostQueryAsync("{ hello broken }");
        Assert.Equal((HttpStatusCode)294, response.StatusCode);
        Assert.Contains("broken on purpose", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Legacy_json_clients_still_get_200()
    {
        using var response = await _server.PostQueryAsync("{ nope }", "application/json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
