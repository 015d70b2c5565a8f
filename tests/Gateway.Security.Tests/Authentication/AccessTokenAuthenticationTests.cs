using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text.Json;
using Gateway.Security.Authentication;
using Gateway.Security.Endpoints;
using Gateway.Security.Tests.Tokens;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Security.Tests.Authentication;

/// <summary>A protected endpoint behind the bearer scheme, beside the token service, on Kestrel.</summary>
public sealed class AccessTokenAuthenticationTests : IAsyncLifetime
{
    private TokenServiceFixture _service = null!;
    private LoopbackApp? _host;

    private HttpClient Http => _host!.Http;

    public async Task InitializeAsync()
    {
        _service = await TokenServiceFixture.StartAsync();
        _host = await LoopbackApp.StartAsync(
            app =>
            {
                app.UseAuthentication();
                app.UseAuthorization();
                app.MapTokenService(_service.Service);
                app.MapGet("/whoami", (HttpContext context) =>
                {
                    var claims = context.GetAccessTokenClaims()!;
                    return Results.Json(new { client = claims.ClientId, purposes = claims.Purposes, roles = context.User.FindAll(ClaimTypes.Role).Select(c => c.Value) });
                }).RequireAuthorization();
            },
            builder =>
            {
                builder.Services.AddGatewayAccessTokens(_service.Validator);
                builder.Services.AddAuthorization();
            });
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        await _service.DisposeAsync();
    }

    [Fact]
    public async Task A_token_from_the_token_endpoint_opens_the_protected_endpoint()
    {
        using var tokenResponse = await Http.PostAsync(TokenService.TokenPath, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = _service.Client.ClientId,
            ["client_secret"] = _service.Secret,
        }));
        using var token = JsonDocument.Parse(await tokenResponse.Content.ReadAsStringAsync());
        using var request = new HttpRequestMessage(HttpMethod.Get, "/whoami");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.RootElement.GetProperty("access_token").GetString());

        using var response = await Http.SendAsync(request);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("orders-analytics", body.RootElement.GetProperty("client").GetString());
        Assert.Equal(["fraud-detection", "billing"], body.RootElement.GetProperty("purposes").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(["consumer"], body.RootElement.GetProperty("roles").EnumerateArray().Select(p => p.GetString()));
    }

    [Fact]
    public async Task A_request_without_a_token_is_challenged_without_an_error_code()
    {
        using var response = await Http.GetAsync("/whoami");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer realm=\"gateway\"", response.Headers.WwwAuthenticate.ToString());
    }

    [Fact]
    public async Task A_refused_token_is_challenged_with_invalid_token()
    {
        var token = _service.IssueToken();
        await _service.Clients.RevokeAsync(_service.Client.ClientId, CancellationToken.None);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/whoami");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);

        using var response = await Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("error=\"invalid_token\"", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.Contains("RevokedClient", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }
}
