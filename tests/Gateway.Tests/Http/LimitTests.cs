using System.Net;
using System.Text;

namespace Gateway.Tests.Http;

/// <summary>The configurable request limits, each answered with a GraphQL error that names the option.</summary>
public sealed class LimitTests
{
    [Fact]
    public async Task Body_size_limit_is_configurable_and_answered_413()
    {
        await using var server = await TestServer.StartAsync(options => options.MaxRequestBodyBytes = 100);
        using var small = await server.PostQueryAsync("{ hello }");
        using var large = await server.PostQueryAsync("{ " + new string(' ', 200) + "hello }");
        Assert.Equal(HttpStatusCode.OK, small.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, large.StatusCode);
        Assert.Contains("GraphQL:MaxRequestBodyBytes", await StatusCodeTests.ErrorMessageAsync(large));
    }

    [Fact]
    public async Task Token_limit_is_configurable()
    {
        await using var server = await TestServer.StartAsync(options => options.MaxTokens = 5);
        using var fits = await server.PostQueryAsync("{ hello }");
        using var tooMany = await server.PostQueryAsync("{ hello __typename products { id } }");
        Assert.Equal(HttpStatusCode.OK, fits.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        Assert.Contains("tokens", await StatusCodeTests.ErrorMessageAsync(tooMany), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Parser_depth_limit_is_configurable()
    {
        await using var server = await TestServer.StartAsync(options => options.MaxParserDepth = 3);
        using var fits = await server.PostQueryAsync("{ products { id } }");
        using var tooDeep = await server.PostQueryAsync("{ products { related { related { id } } } }");
        Assert.Equal(HttpStatusCode.OK, fits.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, tooDeep.StatusCode);
        Assert.Contains("depth", await StatusCodeTests.ErrorMessageAsync(tooDeep), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Result_size_limit_is_configurable()
    {
        await using var server = await TestServer.StartAsync(options => options.MaxResultFields = 3);
        using var fits = await server.PostQueryAsync("{ hello }");
        using var tooMany = await server.PostQueryAsync("{ products { id name price } hello }");
        Assert.Equal(HttpStatusCode.OK, fits.StatusCode);
        Assert.Contains("more than 3 fields", await tooMany.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Batching_is_off_by_default()
    {
        await using var server = await TestServer.StartAsync();
        using var response = await server.PostAsync("""[{"query":"{ hello }"}]""");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("GraphQL:AllowBatching", await StatusCodeTests.ErrorMessageAsync(response));
    }

    [Fact]
    public async Task Batching_when_on_answers_each_operation_in_an_array()
    {
        await using var server = await TestServer.StartAsync(options => options.AllowBatching = true);
        using var response = await server.PostAsync("""[{"query":"{ hello }"},{"query":"{ nope }"},{"query":"mutation { noop }"}]""");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.StartsWith(""""[{"data":{"hello":"world"}},{"errors":[{"message":"Cannot query field \"nope\"""", body, StringComparison.Ordinal);
        Assert.EndsWith("""{"data":{"noop":true}}]""", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_batch_of_one_is_still_answered_with_an_array()
    {
        await using var server = await TestServer.StartAsync(options => options.AllowBatching = true);
        using var response = await server.PostAsync(" \r\n [{\"query\":\"{ hello }\"}]");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""[{"data":{"hello":"world"}}]""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Batch_size_is_limited()
    {
        await using var server = await TestServer.StartAsync(options =>
        {
            options.AllowBatching = true;
            options.MaxBatchSize = 2;
        });
        var batch = new StringBuilder("[").AppendJoin(',', Enumerable.Repeat("""{"query":"{ hello }"}""", 3)).Append(']');
        using var response = await server.PostAsync(batch.ToString());
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("more than 2 operations", await StatusCodeTests.ErrorMessageAsync(response));
    }
}
