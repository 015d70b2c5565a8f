using System.Text.Json;
using System.Text.Json.Nodes;
using Gateway.Security.Jose;
using Gateway.Security.Tests.Tokens;
using Gateway.Security.Tokens;

namespace Gateway.Security.Tests.Interop;

/// <summary>Our tokens against the `jose` npm library, and jose's tokens against our validator.</summary>
public sealed class JoseInteropTests : IAsyncLifetime
{
    private const string ExternalIssuer = "https://idp.example.test";

    private TokenServiceFixture _service = null!;

    public async Task InitializeAsync() => _service = await TokenServiceFixture.StartAsync();

    public async Task DisposeAsync() => await _service.DisposeAsync();

    [Fact]
    public async Task Jose_verifies_our_token_against_our_published_key_set()
    {
        _service.Keys.Rotate();
        var token = _service.IssueToken();

        var answer = await VerifyWithJoseAsync(token);

        Assert.False(answer.TryGetProperty("error", out var error), error.ToString());
        var payload = answer.GetProperty("payload");
        Assert.Equal("orders-analytics", payload.GetProperty("client_id").GetString());
        Assert.Equal("catalog:read", payload.GetProperty("scope").GetString());
        Assert.Equal(["fraud-detection", "billing"], payload.GetProperty("purposes").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(_service.Keys.Current.KeyId, answer.GetProperty("header").GetProperty("kid").GetString());
    }

    [Fact]
    public async Task Jose_refuses_our_token_once_its_payload_is_tampered_with()
    {
        var parts = _service.IssueToken().Split('.');
        var widened = TokenForge.PayloadJson(string.Join('.', parts)).Replace("\"consumer\"", "\"administrator\"", StringComparison.Ordinal);
        var tampered = parts[0] + "." + StrictBase64Url.Encode(System.Text.Encoding.UTF8.GetBytes(widened)) + "." + parts[2];

        var answer = await VerifyWithJoseAsync(tampered);

        Assert.Equal("ERR_JWS_SIGNATURE_VERIFICATION_FAILED", answer.GetProperty("error").GetString());
    }

    [Theory]
    [InlineData("ES256")]
    [InlineData("RS256")]
    public async Task A_token_signed_by_jose_as_an_external_provider_is_accepted(string algorithm)
    {
        var answer = await JosePeer.AskAsync(new JsonObject
        {
            ["mode"] = "sign",
            ["alg"] = algorithm,
            ["issuer"] = ExternalIssuer,
            ["audience"] = TokenServiceFixture.Audience,
            ["claims"] = new JsonObject { ["sub"] = "analyst-7", ["client_id"] = "bi-tool", ["scope"] = "catalog:read", ["roles"] = new JsonArray("consumer") },
        });
        var validator = ExternalValidator(answer);

        var result = validator.Validate(answer.GetProperty("token").GetString()!);

        Assert.True(result.IsValid, result.ToString());
        Assert.Equal(ExternalIssuer, result.Claims!.Issuer);
        Assert.Equal("analyst-7", result.Claims.Subject);
        Assert.Equal("bi-tool", result.Claims.ClientId);
        Assert.Equal(["consumer"], result.Claims.Roles);
    }

    [Fact]
    public async Task A_token_signed_by_jose_for_another_audience_is_refused()
    {
        var answer = await JosePeer.AskAsync(new JsonObject
        {
            ["mode"] = "sign",
            ["alg"] = "ES256",
            ["issuer"] = ExternalIssuer,
            ["audience"] = "https://other-api.test",
            ["claims"] = new JsonObject { ["sub"] = "analyst-7" },
        });

        var result = ExternalValidator(answer).Validate(answer.GetProperty("token").GetString()!);

        Assert.Equal(TokenValidationFailure.WrongAudience, result.Failure);
    }

    private static AccessTokenValidator ExternalValidator(JsonElement answer)
    {
        var keys = JsonWebKeySet.Parse(answer.GetProperty("jwks").GetRawText());
        return new AccessTokenValidator([TrustedIssuer.External(ExternalIssuer, keys, requireAccessTokenType: true)], [TokenServiceFixture.Audience], TimeProvider.System);
    }

    private Task<JsonElement> VerifyWithJoseAsync(string token) => JosePeer.AskAsync(new JsonObject
    {
        ["mode"] = "verify",
        ["jwks"] = JsonNode.Parse(_service.Keys.PublishedKeys.ToJson()),
        ["token"] = token,
        ["issuer"] = TokenServiceFixture.IssuerName,
        ["audience"] = TokenServiceFixture.Audience,
    });
}
