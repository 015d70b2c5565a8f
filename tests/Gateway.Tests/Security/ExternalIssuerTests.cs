using System.Net;
using Gateway.Security;
using Gateway.Security.Endpoints;
using Gateway.Security.Jose;
using Gateway.Security.Tokens;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Gateway.Tests.Security;

/// <summary>
/// An external identity provider on its own loopback port (OpenID discovery and a JWKS, its own ES256 keys), trusted
/// by the gateway with its roles in a "groups" claim: its tokens are accepted with the mapping, others refused.
/// </summary>
public sealed class ExternalIssuerTests : IAsyncLifetime
{
    private readonly SigningKeyRing _providerKeys = new(TimeProvider.System, TimeSpan.FromMinutes(15), TimeSpan.FromSeconds(60));
    private WebApplication _provider = null!;
    private string _providerUrl = "";
    private IdentityRig _rig = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _provider = builder.Build();
        // The issuer is the provider's own URL, known once it listens: the discovery document names it from the request.
        _provider.MapGet(TokenService.DiscoveryPath, (HttpContext context) =>
            Results.Json(new { issuer = $"http://{context.Request.Host}", jwks_uri = $"http://{context.Request.Host}{TokenService.KeySetPath}" }));
        _provider.MapGet(TokenService.KeySetPath, () => Results.Content(_providerKeys.PublishedKeys.ToJson(), "application/json"));
        await _provider.StartAsync();
        _providerUrl = _provider.Urls.First().TrimEnd('/');
        _rig = await IdentityRig.StartAsync(trustedIssuers: [new TrustedIssuerSetting(_providerUrl, ClaimMapping.Default with { Roles = "groups" })]);
    }

    public async Task DisposeAsync()
    {
        await _rig.DisposeAsync();
        await _provider.StopAsync();
        await _provider.DisposeAsync();
    }

    [Fact]
    public async Task The_providers_token_is_accepted_with_its_roles_read_from_the_mapped_claim()
    {
        var token = ProviderToken(IdentityRig.Issuer + "/graphql");

        var answer = await _rig.QueryAsync(token, """mutation { catalog { requestAccess(product: "urn:dp:registration:registered-users", purpose: "analytics", justification: "BI dashboard") { succeeded code grant { clientId status } } } }""");

        Assert.Equal(
            """{"data":{"catalog":{"requestAccess":{"succeeded":true,"code":null,"grant":{"clientId":"bi-tool","status":"PENDING"}}}}}""",
            answer.GetRawText());
    }

    [Fact]
    public async Task The_providers_token_for_another_audience_is_refused()
    {
        using var response = await _rig.PostAsync(ProviderToken("https://other.example/graphql"), "{ __typename }");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("invalid_token", response.Headers.WwwAuthenticate.Single().Parameter, StringComparison.Ordinal);
    }

    /// <summary>A token as the provider writes it: roles under "groups" (the mapping the gateway is given), ES256, "at+jwt".</summary>
    private string ProviderToken(string audience)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var payload = $$"""{"iss":"{{_providerUrl}}","aud":"{{audience}}","sub":"jane","client_id":"bi-tool","iat":{{now}},"nbf":{{now}},"exp":{{now + 300}},"jti":"t1","groups":["consumer"],"purposes":["analytics"]}""";
        return JwsCompactToken.Sign(_providerKeys.Current, AccessTokenIssuer.AccessTokenType, System.Text.Encoding.UTF8.GetBytes(payload));
    }
}
