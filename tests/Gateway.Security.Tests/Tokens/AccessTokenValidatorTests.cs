using System.Security.Cryptography;
using System.Text;
using Gateway.Security.Jose;
using Gateway.Security.Tokens;

namespace Gateway.Security.Tests.Tokens;

public sealed class AccessTokenValidatorTests : IAsyncLifetime
{
    private TokenServiceFixture _service = null!;

    public async Task InitializeAsync() => _service = await TokenServiceFixture.StartAsync();

    public async Task DisposeAsync() => await _service.DisposeAsync();

    [Fact]
    public void An_issued_token_validates_and_carries_the_clients_grants()
    {
        var token = _service.IssueToken();

        var result = _service.Validator.Validate(token);

        Assert.True(result.IsValid, result.ToString());
        var claims = result.Claims!;
        Assert.Equal(TokenServiceFixture.IssuerName, claims.Issuer);
        Assert.Equal([TokenServiceFixture.Audience], claims.Audiences);
        Assert.Equal("orders-analytics", claims.Subject);
        Assert.Equal("orders-analytics", claims.ClientId);
        Assert.Equal(["catalog:read"], claims.Scopes);
        Assert.Equal(["consumer"], claims.Roles);
        Assert.Equal(["fraud-detection", "billing"], claims.Purposes);
        Assert.Equal(_service.Clock.GetUtcNow() + TimeSpan.FromMinutes(15), claims.ExpiresAt);
        Assert.NotEmpty(claims.TokenId);
    }

    [Fact]
    public void An_issued_token_has_the_RFC_9068_header_and_claims()
    {
        var token = _service.IssueToken();

        var header = TokenForge.HeaderJson(token);
        var payload = TokenForge.PayloadJson(token);
        Assert.Equal($$"""{"alg":"ES256","typ":"at+jwt","kid":"{{_service.Keys.Current.KeyId}}"}""", header);
        foreach (var claim in new[] { "\"iss\"", "\"aud\"", "\"sub\"", "\"client_id\"", "\"exp\"", "\"iat\"", "\"nbf\"", "\"jti\"", "\"scope\"", "\"roles\"", "\"purposes\"" })
        {
            Assert.Contains(claim, payload, StringComparison.Ordinal);
        }

        // RFC 7518 section 3.4: the ES256 signature is 64 bytes, R || S.
        Assert.Equal(64, StrictBase64Url.TryDecode(token.Split('.')[2])!.Length);
    }

    [Fact]
    public void A_token_with_alg_none_is_refused()
    {
        var token = TokenForge.Unsigned($$"""{"alg":"none","typ":"at+jwt","kid":"{{_service.Keys.Current.KeyId}}"}""", ValidPayload());

        Assert.Equal(TokenValidationFailure.DisallowedAlgorithm, _service.Validator.Validate(token).Failure);
    }

    [Fact]
    public void A_token_with_alg_none_and_a_copied_signature_is_refused()
    {
        var genuine = _service.IssueToken();
        var header = StrictBase64Url.Encode(Encoding.UTF8.GetBytes($$"""{"alg":"none","typ":"at+jwt","kid":"{{_service.Keys.Current.KeyId}}"}"""));
        var parts = genuine.Split('.');

        Assert.Equal(TokenValidationFailure.DisallowedAlgorithm, _service.Validator.Validate(header + "." + parts[1] + "." + parts[2]).Failure);
    }

    [Fact]
    public void A_token_MACed_with_HS256_using_the_published_public_key_is_refused()
    {
        // The classic key confusion: the attacker uses the published JWKS (or the key's encoding) as an HMAC secret.
        var publishedKey = Encoding.UTF8.GetBytes(_service.Keys.PublishedKeys.ToJson());
        var header = $$"""{"alg":"HS256","typ":"at+jwt","kid":"{{_service.Keys.Current.KeyId}}"}""";

        var token = TokenForge.Compact(header, ValidPayload(), input => HMACSHA256.HashData(publishedKey, input));

        Assert.Equal(TokenValidationFailure.DisallowedAlgorithm, _service.Validator.Validate(token).Failure);
    }

    [Fact]
    public void A_token_whose_header_claims_RS256_for_our_ES256_key_is_refused()
    {
        var header = $$"""{"alg":"RS256","typ":"at+jwt","kid":"{{_service.Keys.Current.KeyId}}"}""";

        var token = TokenForge.Compact(header, ValidPayload(), input => _service.Keys.Current.Sign(input));

        Assert.Equal(TokenValidationFailure.DisallowedAlgorithm, _service.Validator.Validate(token).Failure);
    }

    [Fact]
    public void A_token_naming_an_unknown_kid_is_refused()
    {
        var header = """{"alg":"ES256","typ":"at+jwt","kid":"not-a-key-of-ours"}""";

        var token = TokenForge.Compact(header, ValidPayload(), input => _service.Keys.Current.Sign(input));

        Assert.Equal(TokenValidationFailure.UnknownKey, _service.Validator.Validate(token).Failure);
    }

    [Fact]
    public void A_token_without_a_kid_is_refused()
    {
        var token = TokenForge.Compact("""{"alg":"ES256","typ":"at+jwt"}""", ValidPayload(), input => _service.Keys.Current.Sign(input));

        Assert.Equal(TokenValidationFailure.UnknownKey, _service.Validator.Validate(token).Failure);
    }

    [Fact]
    public void A_token_signed_by_a_key_that_is_not_ours_under_our_kid_is_refused()
    {
        using var stranger = SigningKeyMaterial.Generate();

        var token = TokenForge.Compact(OwnHeader(), ValidPayload(), input => stranger.Sign(input));

        Assert.Equal(TokenValidationFailure.InvalidSignature, _service.Validator.Validate(token).Failure);
    }

    [Fact]
    public void An_expired_token_is_refused()
    {
        var token = _service.IssueToken();

        _service.Clock.Advance(TimeSpan.FromMinutes(15) + TimeSpan.FromSeconds(60));

        Assert.Equal(TokenValidationFailure.Expired, _service.Validator.Validate(token).Failure);
    }

    [Fact]
    public void A_token_just_past_its_expiry_is_accepted_within_the_clock_skew()
    {
        var token = _service.IssueToken();

        _service.Clock.Advance(TimeSpan.FromMinutes(15) + TimeSpan.FromSeconds(59));

        Assert.True(_service.Validator.Validate(token).IsValid);
    }

    [Fact]
    public void A_token_without_exp_is_refused()
    {
        var payload = ValidPayload().Replace($",\"exp\":{Now() + 900}", "", StringComparison.Ordinal);

        var token = TokenForge.Compact(OwnHeader(), payload, input => _service.Keys.Current.Sign(input));

        Assert.DoesNotContain("\"exp\"", payload, StringComparison.Ordinal);
        Assert.Equal(TokenValidationFailure.Expired, _service.Validator.Validate(token).Failure);
    }

    [Fact]
    public void A_token_that_is_not_yet_valid_is_refused()
    {
        var token = TokenForge.Compact(OwnHeader(), ValidPayload(notBefore: Now() + 120), input => _service.Keys.Current.Sign(input));

        Assert.Equal(TokenValidationFailure.NotYetValid, _service.Validator.Validate(token).Failure);
    }

    [Fact]
    public void A_token_from_another_issuer_is_refused()
    {
        var token = TokenForge.Compact(OwnHeader(), ValidPayload(issuer: "https://evil.test"), input => _service.Keys.Current.Sign(input));

        Assert.Equal(TokenValidationFailure.UntrustedIssuer, _service.Validator.Validate(token).Failure);
    }

    [Fact]
    public void A_token_for_another_audience_is_refused()
    {
        var token = _service.Issuer.IssueForClient(_service.Client, "https://other-api.test", ["catalog:read"]);

        Assert.Equal(TokenValidationFailure.WrongAudience, _service.Validator.Validate(token).Failure);
    }

    [Fact]
    public void A_token_whose_audience_list_names_us_is_accepted()
    {
        var payload = ValidPayload().Replace($"\"aud\":\"{TokenServiceFixture.Audience}\"", $"\"aud\":[\"https://other-api.test\",\"{TokenServiceFixture.Audience}\"]", StringComparison.Ordinal);

        var token = TokenForge.Compact(OwnHeader(), payload, input => _service.Keys.Current.Sign(input));

        Assert.True(_service.Validator.Validate(token).IsValid);
    }

    [Fact]
    public void A_token_with_a_tampered_payload_is_refused()
    {
        var parts = _service.IssueToken().Split('.');
        var widened = TokenForge.PayloadJson(string.Join('.', parts)).Replace("\"consumer\"", "\"administrator\"", StringComparison.Ordinal);

        var tampered = parts[0] + "." + StrictBase64Url.Encode(Encoding.UTF8.GetBytes(widened)) + "." + parts[2];

        Assert.Equal(TokenValidationFailure.InvalidSignature, _service.Validator.Validate(tampered).Failure);
    }

    [Fact]
    public void A_token_with_a_tampered_signature_is_refused()
    {
        var parts = _service.IssueToken().Split('.');
        var signature = StrictBase64Url.TryDecode(parts[2])!;
        signature[10] ^= 0x01;

        var tampered = parts[0] + "." + parts[1] + "." + StrictBase64Url.Encode(signature);

        Assert.Equal(TokenValidationFailure.InvalidSignature, _service.Validator.Validate(tampered).Failure);
    }

    [Fact]
    public async Task A_token_with_a_DER_encoded_signature_is_refused()
    {
        // RFC 7518 section 3.4 fixes the R || S form; the DER form of the same signature must not verify.
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var material = SigningKeyMaterial.FromEcdsa("der-key", key);
        await using var fixture = await TokenServiceFixture.StartAsync();
        fixture.Keys.Rotate(material);

        var token = TokenForge.Compact(
            """{"alg":"ES256","typ":"at+jwt","kid":"der-key"}""",
            ValidPayload(),
            input => key.SignData(input, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence));

        Assert.Equal(TokenValidationFailure.InvalidSignature, fixture.Validator.Validate(token).Failure);
    }

    [Fact]
    public void An_oversized_token_is_refused_before_it_is_decoded()
    {
        var payload = ValidPayload().Replace("\"roles\":[\"consumer\"]", "\"roles\":[\"" + new string('r', 9000) + "\"]", StringComparison.Ordinal);

        var token = TokenForge.Compact(OwnHeader(), payload, input => _service.Keys.Current.Sign(input));

        Assert.Equal(TokenValidationFailure.TooLarge, _service.Validator.Validate(token).Failure);
    }

    [Fact]
    public async Task A_token_of_a_revoked_client_is_refused()
    {
        var token = _service.IssueToken();

        await _service.Clients.RevokeAsync(_service.Client.ClientId, CancellationToken.None);

        Assert.Equal(TokenValidationFailure.RevokedClient, _service.Validator.Validate(token).Failure);
    }

    [Fact]
    public void A_token_without_the_at_jwt_type_is_refused()
    {
        var header = $$"""{"alg":"ES256","typ":"JWT","kid":"{{_service.Keys.Current.KeyId}}"}""";

        var token = TokenForge.Compact(header, ValidPayload(), input => _service.Keys.Current.Sign(input));

        Assert.Equal(TokenValidationFailure.WrongType, _service.Validator.Validate(token).Failure);
    }

    [Fact]
    public void A_token_with_a_critical_header_extension_is_refused()
    {
        var header = $$"""{"alg":"ES256","typ":"at+jwt","kid":"{{_service.Keys.Current.KeyId}}","crit":["exp"],"exp":1}""";

        var token = TokenForge.Compact(header, ValidPayload(), input => _service.Keys.Current.Sign(input));

        Assert.Equal(TokenValidationFailure.Malformed, _service.Validator.Validate(token).Failure);
    }

    [Fact]
    public void A_token_with_a_duplicated_claim_is_refused()
    {
        var payload = ValidPayload().Replace("\"iss\":", "\"aud\":\"https://other-api.test\",\"iss\":", StringComparison.Ordinal);

        var token = TokenForge.Compact(OwnHeader(), payload, input => _service.Keys.Current.Sign(input));

        Assert.Equal(TokenValidationFailure.Malformed, _service.Validator.Validate(token).Failure);
    }

    [Theory]
    [InlineData("=")]
    [InlineData("+")]
    [InlineData(" ")]
    public void A_token_with_characters_outside_strict_base64url_is_refused(string intruder)
    {
        var parts = _service.IssueToken().Split('.');

        var token = parts[0] + "." + parts[1] + intruder + "." + parts[2];

        Assert.Equal(TokenValidationFailure.Malformed, _service.Validator.Validate(token).Failure);
    }

    [Theory]
    [InlineData("")]
    [InlineData("a.b")]
    [InlineData("a.b.c.d")]
    [InlineData("...")]
    public void A_string_that_is_not_three_parts_is_refused(string token)
    {
        Assert.Equal(TokenValidationFailure.Malformed, _service.Validator.Validate(token).Failure);
    }

    private string OwnHeader() => $$"""{"alg":"ES256","typ":"at+jwt","kid":"{{_service.Keys.Current.KeyId}}"}""";

    private long Now() => _service.Clock.GetUtcNow().ToUnixTimeSeconds();

    private string ValidPayload(string issuer = TokenServiceFixture.IssuerName, long? notBefore = null) =>
        $$"""{"iss":"{{issuer}}","aud":"{{TokenServiceFixture.Audience}}","sub":"orders-analytics","client_id":"orders-analytics","iat":{{Now()}},"nbf":{{notBefore ?? Now()}},"jti":"j1","roles":["consumer"],"exp":{{Now() + 900}}}""";
}
