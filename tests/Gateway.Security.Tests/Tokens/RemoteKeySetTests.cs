using System.Text;
using Gateway.Security.Jose;
using Gateway.Security.Tokens;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Gateway.Security.Tests.Tokens;

/// <summary>An external identity provider on Kestrel, found through its discovery document.</summary>
public sealed class RemoteKeySetTests : IAsyncLifetime
{
    private const string Audience = "https://gateway.test/graphql";

    private readonly ManualClock _clock = new(DateTimeOffset.FromUnixTimeSeconds(TimeProvider.System.GetUtcNow().ToUnixTimeSeconds()));
    private readonly List<SigningKeyMaterial> _providerKeys = [SigningKeyMaterial.Generate()];
    private readonly HttpClient _http = new();
    private LoopbackApp? _provider;
    private string _issuer = "";
    private string? _advertisedIssuer;
    private int _keySetFetches;

    public async Task InitializeAsync()
    {
        _provider = await LoopbackApp.StartAsync(app =>
        {
            app.MapGet("/.well-known/openid-configuration", () => Results.Text(
                $$"""{"issuer":"{{_advertisedIssuer ?? _issuer}}","jwks_uri":"{{_issuer}}/keys"}""", "application/json"));
            app.MapGet("/keys", () =>
            {
                Interlocked.Increment(ref _keySetFetches);
                return Results.Text(new JsonWebKeySet(_providerKeys.Select(k => k.PublicKey)).ToJson(), "application/json");
            });
        });
        _issuer = _provider.BaseUrl;
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        if (_provider is not null)
        {
            await _provider.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_token_from_a_discovered_provider_is_accepted_with_its_claims_mapped()
    {
        var keys = new RemoteKeySet(_http, _issuer, _clock);
        await keys.RefreshAsync(CancellationToken.None);
        var validator = Validator(keys, new ClaimMapping(Roles: "realm_access.roles", Scopes: "scp", Purposes: "gw_purposes"));

        var result = await validator.ValidateAsync(
            ProviderToken(_providerKeys[0], "\"realm_access\":{\"roles\":[\"consumer\",\"owner\"]},\"scp\":[\"catalog:read\"],\"gw_purposes\":[\"billing\"]"),
            CancellationToken.None);

        Assert.True(result.IsValid, result.ToString());
        Assert.Equal(["consumer", "owner"], result.Claims!.Roles);
        Assert.Equal(["catalog:read"], result.Claims.Scopes);
        Assert.Equal(["billing"], result.Claims.Purposes);
    }

    [Fact]
    public async Task A_token_signed_with_a_newly_published_key_is_accepted_after_one_refetch()
    {
        var keys = new RemoteKeySet(_http, _issuer, _clock);
        await keys.RefreshAsync(CancellationToken.None);
        var validator = Validator(keys);
        _clock.Advance(TimeSpan.FromMinutes(2));

        var rotated = SigningKeyMaterial.Generate();
        _providerKeys.Add(rotated);
        var result = await validator.ValidateAsync(ProviderToken(rotated, "\"roles\":[\"consumer\"]"), CancellationToken.None);

        Assert.True(result.IsValid, result.ToString());
        Assert.Equal(2, _keySetFetches);
    }

    [Fact]
    public async Task Unknown_kids_do_not_refetch_the_key_set_more_than_once_per_interval()
    {
        var keys = new RemoteKeySet(_http, _issuer, _clock);
        await keys.RefreshAsync(CancellationToken.None);
        var validator = Validator(keys);
        using var stranger = SigningKeyMaterial.Generate();
        _clock.Advance(TimeSpan.FromMinutes(2));

        var first = await validator.ValidateAsync(ProviderToken(stranger, "\"roles\":[]"), CancellationToken.None);
        var second = await validator.ValidateAsync(ProviderToken(stranger, "\"roles\":[]"), CancellationToken.None);

        Assert.Equal(TokenValidationFailure.UnknownKey, first.Failure);
        Assert.Equal(TokenValidationFailure.UnknownKey, second.Failure);
        Assert.Equal(2, _keySetFetches);
    }

    [Fact]
    public async Task A_discovery_document_naming_another_issuer_is_not_trusted()
    {
        _advertisedIssuer = "https://impostor.test";
        var keys = new RemoteKeySet(_http, _issuer, _clock);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => keys.RefreshAsync(CancellationToken.None));

        Assert.Contains("does not name the issuer", error.Message, StringComparison.Ordinal);
        Assert.Empty(keys.Current.Keys);
    }

    private AccessTokenValidator Validator(RemoteKeySet keys, ClaimMapping? claims = null) =>
        new([TrustedIssuer.External(keys, claims: claims)], [Audience], _clock);

    private string ProviderToken(SigningKeyMaterial key, string extraClaims)
    {
        var now = _clock.GetUtcNow().ToUnixTimeSeconds();
        var payload = $$"""{"iss":"{{_issuer}}","aud":"{{Audience}}","sub":"analyst-7","azp":"bi-tool","iat":{{now}},"exp":{{now + 300}},{{extraClaims}}}""";
        return JwsCompactToken.Sign(key, "JWT", Encoding.UTF8.GetBytes(payload));
    }
}
