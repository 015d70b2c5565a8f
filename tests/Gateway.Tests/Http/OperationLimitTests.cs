using System.Net;
using System.Text.Json;

namespace Gateway.Tests.Http;

/// <summary>The operation limits (engine rules in Validation/Limits) answered over HTTP with their codes.</summary>
public sealed class OperationLimitTests
{
    [Theory]
    [InlineData("{ products { related { related { id } } } }", "MAX_DEPTH_EXCEEDED")]
    [InlineData("{ a: hello b: hello c: hello }", "MAX_ALIASES_EXCEEDED")]
    [InlineData("{ hello __typename products { id } product { id } }", "MAX_ROOT_FIELDS_EXCEEDED")]
    [InlineData("{ products { related { related { related { id name price } } } } }", "MAX_COST_EXCEEDED")]
    public async Task Each_limit_is_a_validation_error_with_its_code(string query, string code)
    {
        await using var server = await TestServer.StartAsync(options =>
        {
            options.MaxSelectionDepth = code == "MAX_DEPTH_EXCEEDED" ? 3 : 0;
            options.MaxAliases = code == "MAX_ALIASES_EXCEEDED" ? 2 : 0;
            options.MaxRootFields = code == "MAX_ROOT_FIELDS_EXCEEDED" ? 3 : 0;
            options.MaxCost = code == "MAX_COST_EXCEEDED" ? 100 : 0;
        });
        using var response = await server.PostQueryAsync(query);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.False(body.RootElement.TryGetProperty("data", out _));
        var error = body.RootElement.GetProperty("errors")[0];
        Assert.Equal(code, error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Defaults_let_ordinary_and_introspection_queries_through()
    {
        await using var server = await TestServer.StartAsync();
        using var ordinary = await server.PostQueryAsync("{ products { id related { id name } } }");
        using var introspection = await server.PostQueryAsync(Gateway.GraphQL.Introspection.IntrospectionQuery.Text);
        Assert.Equal(HttpStatusCode.OK, ordinary.StatusCode);
        Assert.Equal(HttpStatusCode.OK, introspection.StatusCode);
    }

    [Fact]
    public async Task Default_alias_limit_refuses_many_aliases_within_the_token_limit()
    {
        await using var server = await TestServer.StartAsync();
        var query = "{ " + string.Join(' ', Enumerable.Range(0, 1000).Select(i => $"a{i}: hello")) + " }";
        using var response = await server.PostQueryAsync(query);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("MAX_ALIASES_EXCEEDED", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
