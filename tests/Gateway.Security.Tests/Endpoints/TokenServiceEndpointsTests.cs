using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Gateway.Security.Endpoints;
using Gateway.Security.Jose;
using Gateway.Security.Tests.Tokens;

namespace Gateway.Security.Tests.Endpoints;

/// <summary>The token, JWKS and discovery endpoints on Kestrel, over a loopback port.</summary>
public sealed class TokenServiceEndpointsTests : IAsyncLifetime
{
    private TokenServiceFixture _service = null!;
    private LoopbackApp? _host;

    private HttpClient Http => _host!.Http;

    public async Task InitializeAsync()
    {
        _service = await TokenServiceFixture.StartAsync();
        _host = await LoopbackApp.StartAsync(app => app.MapTokenService(_service.Service));
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
    public async Task Client_secret_basic_gets_a_token_the_validator_accepts()
    {
        using var request = TokenRequest(new() { ["grant_type"] = "client_credentials" });
        request.Headers.Authorization = Basic(_service.Client.ClientId, _service.Secret);

        using var response = await Http.SendAsync(request);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Equal("Bearer", body.RootElement.GetProperty("token_type").GetString());
        Assert.Equal(900, body.RootElement.GetProperty("expires_in").GetInt32());
        Assert.Equal("catalog:read", body.RootElement.GetProperty("scope").GetString());
        var result = _service.Validator.Validate(body.RootElement.GetProperty("access_token").GetString()!);
        Assert.True(result.IsValid, result.ToString());
        Assert.Equal(["fraud-detection", "billing"], result.Claims!.Purposes);
    }

    [Fact]
    public async Task Client_secret_post_gets_a_token()
    {
        using var request = TokenRequest(new()
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = _service.Client.ClientId,
            ["client_secret"] = _service.Secret,
            ["scope"] = "catalog:read",
        });

        using var response = await Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_wrong_secret_over_basic_is_invalid_client_with_a_challenge()
    {
        using var request = TokenRequest(new() { ["grant_type"] = "client_credentials" });
        request.Headers.Authorization = Basic(_service.Client.ClientId, "wrong");

        using var response = await Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Basic", response.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Equal("invalid_client", await ErrorCodeAsync(response));
    }

    [Fact]
    public async Task A_revoked_client_is_invalid_client()
    {
        await _service.Clients.RevokeAsync(_service.Client.ClientId, CancellationToken.None);
        using var request = TokenRequest(new()
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = _service.Client.ClientId,
            ["client_secret"] = _service.Secret,
        });

        using var response = await Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("invalid_client", await ErrorCodeAsync(response));
    }

    [Fact]
    public async Task Two_authentication_methods_at_once_are_an_invalid_request()
    {
        using var request = TokenRequest(new()
        {
            ["grant_type"] = "client_credentials",
            ["client_secret"] = _service.Secret,
        });
        request.Headers.Authorization = Basic(_service.Client.ClientId, _service.Secret);

        using var response = await Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid_request", await ErrorCodeAsync(response));
    }

    [Fact]
    public async Task Another_grant_type_is_unsupported()
    {
        using var request = TokenRequest(new() { ["grant_type"] = "password", ["username"] = "u", ["password"] = "p" });
        request.Headers.Authorization = Basic(_service.Client.ClientId, _service.Secret);

        using var response = await Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("unsupported_grant_type", await ErrorCodeAsync(response));
    }

    [Fact]
    public async Task A_scope_the_client_does_not_hold_is_an_invalid_scope()
    {
        using var request = TokenRequest(new() { ["grant_type"] = "client_credentials", ["scope"] = "catalog:read catalog:admin" });
        request.Headers.Authorization = Basic(_service.Client.ClientId, _service.Secret);

        using var response = await Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid_scope", await ErrorCodeAsync(response));
    }

    [Fact]
    public async Task A_request_without_grant_type_is_an_invalid_request()
    {
        using var request = TokenRequest([]);
        request.Headers.Authorization = Basic(_service.Client.ClientId, _service.Secret);

        using var response = await Http.SendAsync(request);

        Assert.Equal("invalid_request", await ErrorCodeAsync(response));
    }

    [Fact]
    public async Task A_repeated_parameter_is_an_invalid_request()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, TokenService.TokenPath)
        {
            Content = new StringContent("grant_type=client_credentials&grant_type=client_credentials", Encoding.ASCII, "application/x-www-form-urlencoded"),
        };
        request.Headers.Authorization = Basic(_service.Client.ClientId, _service.Secret);

        using var response = await Http.SendAsync(request);

        Assert.Equal("invalid_request", await ErrorCodeAsync(response));
    }

    [Fact]
    public async Task The_published_key_set_verifies_issued_tokens_after_rotation()
    {
        var oldToken = _service.IssueToken();
        _service.Keys.Rotate();

        var keys = JsonWebKeySet.Parse(await Http.GetStringAsync(TokenService.KeySetPath));

        Assert.Equal(2, keys.Keys.Count);
        Assert.NotNull(keys.Find(_service.Keys.Current.KeyId));
        var kid = JsonDocument.Parse(TokenForge.HeaderJson(oldToken)).RootElement.GetProperty("kid").GetString()!;
        Assert.NotNull(keys.Find(kid));
    }

    [Fact]
    public async Task The_discovery_document_names_the_issuer_and_its_endpoints()
    {
        using var document = JsonDocument.Parse(await Http.GetStringAsync(TokenService.DiscoveryPath));
        var root = document.RootElement;

        Assert.Equal(TokenServiceFixture.IssuerName, root.GetProperty("issuer").GetString());
        Assert.Equal(TokenServiceFixture.IssuerName + "/oauth/token", root.GetProperty("token_endpoint").GetString());
        Assert.Equal(TokenServiceFixture.IssuerName + "/.well-known/jwks.json", root.GetProperty("jwks_uri").GetString());
        Assert.Equal(["client_secret_basic", "client_secret_post"], root.GetProperty("token_endpoint_auth_methods_supported").EnumerateArray().Select(e => e.GetString()));
    }

    private static HttpRequestMessage TokenRequest(Dictionary<string, string> form) =>
        new(HttpMethod.Post, TokenService.TokenPath) { Content = new FormUrlEncodedContent(form) };

    // RFC 6749 section 2.3.1: id and secret are form-urlencoded, joined by ':', then base64.
    private static AuthenticationHeaderValue Basic(string clientId, string secret) =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(WebUtility.UrlEncode(clientId) + ":" + WebUtility.UrlEncode(secret))));

    private static async Task<string?> ErrorCodeAsync(HttpResponseMessage response)
    {
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("error").GetString();
    }
}
