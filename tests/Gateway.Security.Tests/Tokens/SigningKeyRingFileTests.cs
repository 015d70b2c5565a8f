using System.Security.Cryptography;
using Gateway.Security.Tokens;

namespace Gateway.Security.Tests.Tokens;

public sealed class SigningKeyRingFileTests : IDisposable
{
    private readonly string _path = Path.Combine(Directory.CreateTempSubdirectory("gateway-keys-").FullName, "signing-keys.json");
    private readonly ManualClock _clock = new(DateTimeOffset.FromUnixTimeSeconds(TimeProvider.System.GetUtcNow().ToUnixTimeSeconds()));

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(_path)!, recursive: true);

    [Fact]
    public void Tokens_signed_before_a_restart_validate_after_it_with_the_same_keys()
    {
        var ring = SigningKeyRingFile.LoadOrCreate(_path, "deployment-password", _clock, TimeSpan.FromMinutes(15), TimeSpan.FromSeconds(60));
        var beforeRotation = Issue(ring);
        ring.Rotate();
        var afterRotation = Issue(ring);
        SigningKeyRingFile.Save(ring, _path, "deployment-password");

        var restored = SigningKeyRingFile.LoadOrCreate(_path, "deployment-password", _clock, TimeSpan.FromMinutes(15), TimeSpan.FromSeconds(60));
        var validator = new AccessTokenValidator([TrustedIssuer.Own(TokenServiceFixture.IssuerName, restored, _ => true)], [TokenServiceFixture.Audience], _clock);

        Assert.Equal(ring.Current.KeyId, restored.Current.KeyId);
        Assert.True(validator.Validate(beforeRotation).IsValid);
        Assert.True(validator.Validate(afterRotation).IsValid);
    }

    [Fact]
    public void The_key_file_holds_no_private_key_in_the_clear_and_needs_the_password()
    {
        SigningKeyRingFile.LoadOrCreate(_path, "deployment-password", _clock, TimeSpan.FromMinutes(15), TimeSpan.FromSeconds(60));

        Assert.DoesNotContain("\"d\"", File.ReadAllText(_path), StringComparison.Ordinal);
        Assert.ThrowsAny<CryptographicException>(() =>
            SigningKeyRingFile.LoadOrCreate(_path, "wrong-password", _clock, TimeSpan.FromMinutes(15), TimeSpan.FromSeconds(60)));
    }

    private string Issue(SigningKeyRing ring) =>
        new AccessTokenIssuer(TokenServiceFixture.IssuerName, ring, _clock, TimeSpan.FromMinutes(15)).Issue(new AccessTokenClaims(
            TokenServiceFixture.IssuerName, [TokenServiceFixture.Audience], "svc", "svc", _clock.GetUtcNow(), _clock.GetUtcNow(),
            _clock.GetUtcNow() + TimeSpan.FromMinutes(15), "jti-1", [], [], []));
}
