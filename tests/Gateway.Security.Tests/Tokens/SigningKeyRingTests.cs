using Gateway.Security.Tokens;

namespace Gateway.Security.Tests.Tokens;

public sealed class SigningKeyRingTests : IAsyncLifetime
{
    private TokenServiceFixture _service = null!;

    public async Task InitializeAsync() => _service = await TokenServiceFixture.StartAsync();

    public async Task DisposeAsync() => await _service.DisposeAsync();

    [Fact]
    public void After_rotation_new_tokens_are_signed_with_the_new_key()
    {
        var before = _service.Keys.Current.KeyId;

        var next = _service.Keys.Rotate();
        var token = _service.IssueToken();

        Assert.NotEqual(before, next.KeyId);
        Assert.Contains($"\"kid\":\"{next.KeyId}\"", TokenForge.HeaderJson(token), StringComparison.Ordinal);
        Assert.True(_service.Validator.Validate(token).IsValid);
    }

    [Fact]
    public void A_token_signed_before_rotation_keeps_validating_until_it_expires()
    {
        var oldToken = _service.IssueToken();
        _service.Clock.Advance(TimeSpan.FromMinutes(5));

        _service.Keys.Rotate();
        _service.Clock.Advance(TimeSpan.FromMinutes(9));

        Assert.True(_service.Validator.Validate(oldToken).IsValid);
        Assert.Equal(2, _service.Keys.PublishedKeys.Keys.Count);
    }

    [Fact]
    public void A_retired_key_leaves_the_key_set_once_every_token_it_signed_has_expired()
    {
        var oldKey = _service.Keys.Current.KeyId;
        var oldToken = _service.IssueToken();

        _service.Keys.Rotate();
        _service.Clock.Advance(TimeSpan.FromMinutes(15) + TimeSpan.FromSeconds(60));

        Assert.Null(_service.Keys.PublishedKeys.Find(oldKey));
        Assert.Single(_service.Keys.PublishedKeys.Keys);
        Assert.False(_service.Validator.Validate(oldToken).IsValid);
    }

    [Fact]
    public void The_published_key_set_holds_only_public_members()
    {
        _service.Keys.Rotate();

        var json = _service.Keys.PublishedKeys.ToJson();

        Assert.DoesNotContain("\"d\"", json, StringComparison.Ordinal);
        Assert.Contains("\"kty\":\"EC\"", json, StringComparison.Ordinal);
        Assert.Contains("\"crv\":\"P-256\"", json, StringComparison.Ordinal);
        Assert.Contains("\"alg\":\"ES256\"", json, StringComparison.Ordinal);
    }
}
