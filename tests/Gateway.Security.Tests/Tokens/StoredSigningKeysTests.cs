using Gateway.Catalog.Storage.Sqlite;
using Gateway.Security.Clients;
using Gateway.Security.Tokens;

namespace Gateway.Security.Tests.Tokens;

/// <summary>Signing keys kept in the catalog store, sealed with a key-encryption key, rotated on schedule; two stores over one file act as replicas.</summary>
public sealed class StoredSigningKeysTests : IAsyncLifetime
{
    private const string IssuerName = "https://gateway.test";
    private const string Audience = "https://gateway.test/graphql";
    private static readonly TimeSpan KeyLifetime = TimeSpan.FromDays(30);
    private static readonly TimeSpan TokenLifetime = TimeSpan.FromMinutes(15);
    private static readonly TimeSpan Skew = TimeSpan.FromSeconds(60);
    private static readonly SigningKeyRotationSettings Settings = new(KeyLifetime, TokenLifetime, Skew);
    private static readonly ClientRegistration Client = new("analyst", "unused", [], ["consumer"], ["analytics"], DateTimeOffset.UnixEpoch);

    private readonly CatalogFolder _folder = new();
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero));
    private readonly KeyEncryptionKey _encryption = KeyEncryptionKey.FromText(KeyEncryptionKey.GenerateText(), "test key");
    private SqliteCatalogStore _store = null!;

    public async Task InitializeAsync() => _store = await _folder.OpenAsync(_clock);

    public async Task DisposeAsync() => await _folder.DisposeAsync();

    [Fact]
    public async Task The_first_replica_creates_a_key_and_the_next_one_signs_with_it()
    {
        var first = await StoredSigningKeys.OpenAsync(_store, _encryption, _clock, Settings, CancellationToken.None);
        var second = await StoredSigningKeys.OpenAsync(await _folder.OpenAsync(_clock), _encryption, _clock, Settings, CancellationToken.None);

        Assert.Equal(first.Ring.Current.KeyId, second.Ring.Current.KeyId);
        Assert.True(Validator(second.Ring).Validate(Issuer(first.Ring).IssueForClient(Client, Audience, [])).IsValid);
        var stored = Assert.Single(await _store.ListSigningKeysAsync(CancellationToken.None));
        Assert.StartsWith("aes256gcm$", stored.SealedPrivateKey, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_key_is_published_ahead_then_signs_once_the_lifetime_has_passed()
    {
        var first = await StoredSigningKeys.OpenAsync(_store, _encryption, _clock, Settings, CancellationToken.None);
        var second = await StoredSigningKeys.OpenAsync(await _folder.OpenAsync(_clock), _encryption, _clock, Settings, CancellationToken.None);
        var original = first.Ring.Current.KeyId;

        // One refresh before the lifetime ends, a replica adds the next key: both publish it, neither signs with it yet.
        _clock.Advance(KeyLifetime - Settings.RefreshInterval);
        await first.RotateIfDueAsync(CancellationToken.None);
        await second.RotateIfDueAsync(CancellationToken.None);
        var next = Assert.Single(second.Ring.UpcomingKeys).KeyId;
        Assert.Equal(original, second.Ring.Current.KeyId);
        Assert.NotNull(first.Ring.PublishedKeys.Find(next));

        var oldToken = Issuer(first.Ring).IssueForClient(Client, Audience, []);
        _clock.Advance(Settings.PublishAhead);
        await first.RotateIfDueAsync(CancellationToken.None);
        await second.RotateIfDueAsync(CancellationToken.None);

        Assert.Equal((next, next), (first.Ring.Current.KeyId, second.Ring.Current.KeyId));
        Assert.Equal(2, (await _store.ListSigningKeysAsync(CancellationToken.None)).Count);
        Assert.True(Validator(second.Ring).Validate(oldToken).IsValid);
        Assert.True(Validator(first.Ring).Validate(Issuer(second.Ring).IssueForClient(Client, Audience, [])).IsValid);
    }

    [Fact]
    public async Task A_retired_key_leaves_the_store_and_its_tokens_are_refused_after_they_expire()
    {
        var keys = await StoredSigningKeys.OpenAsync(_store, _encryption, _clock, Settings, CancellationToken.None);
        var retired = keys.Ring.Current.KeyId;
        _clock.Advance(KeyLifetime);
        await keys.RotateIfDueAsync(CancellationToken.None);
        _clock.Advance(Settings.PublishAhead);
        await keys.RotateIfDueAsync(CancellationToken.None);
        Assert.NotEqual(retired, keys.Ring.Current.KeyId);

        // The last token the old key could sign, expired plus the skew; a forged copy with a far "exp" still names the gone key.
        var lastToken = Issuer(keys.Ring, signingKey: keys.Ring.RetiredKeys[0].Key).IssueForClient(Client, Audience, []);
        _clock.Advance(Settings.RefreshInterval + TokenLifetime + Skew);
        await keys.RotateIfDueAsync(CancellationToken.None);

        Assert.Null(keys.Ring.PublishedKeys.Find(retired));
        Assert.Equal([keys.Ring.Current.KeyId], (await _store.ListSigningKeysAsync(CancellationToken.None)).Select(key => key.KeyId));
        Assert.False(Validator(keys.Ring).Validate(lastToken).IsValid);
    }

    [Fact]
    public async Task A_wrong_key_encryption_key_fails_at_start_and_says_which()
    {
        await StoredSigningKeys.OpenAsync(_store, _encryption, _clock, Settings, CancellationToken.None);
        var wrong = KeyEncryptionKey.FromText(KeyEncryptionKey.GenerateText(), "/etc/gateway/other.key");

        var replica = await _folder.OpenAsync(_clock);

        var error = await Assert.ThrowsAsync<KeyEncryptionKeyMismatchException>(
            () => StoredSigningKeys.OpenAsync(replica, wrong, _clock, Settings, CancellationToken.None));

        Assert.Contains("/etc/gateway/other.key", error.Message, StringComparison.Ordinal);
        Assert.Contains("same key-encryption key", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sealed_key_does_not_open_under_another_key_id()
    {
        var sealedKey = _encryption.Seal("kid-1", [1, 2, 3]);

        Assert.Equal([1, 2, 3], _encryption.Open("kid-1", sealedKey));
        Assert.ThrowsAny<System.Security.Cryptography.CryptographicException>(() => _encryption.Open("kid-2", sealedKey));
    }

    [Theory]
    [InlineData("c2hvcnQ=")]
    [InlineData("not base64 at all")]
    public void A_key_encryption_key_of_the_wrong_form_is_refused(string text)
    {
        var error = Assert.Throws<FormatException>(() => KeyEncryptionKey.FromText(text, "kek.txt"));

        Assert.StartsWith("kek.txt: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_ring_rotates_once_its_key_has_signed_for_the_lifetime_and_keeps_the_old_key_published()
    {
        var path = Path.Combine(_folder.Path, "signing-keys.json");
        var keys = FileSigningKeys.Open(path, "password", _clock, Settings);
        var first = keys.Ring.Current.KeyId;

        _clock.Advance(KeyLifetime - TimeSpan.FromMinutes(1));
        await keys.RotateIfDueAsync(CancellationToken.None);
        Assert.Equal(first, keys.Ring.Current.KeyId);
        _clock.Advance(TimeSpan.FromMinutes(1));
        await keys.RotateIfDueAsync(CancellationToken.None);

        Assert.NotEqual(first, keys.Ring.Current.KeyId);
        Assert.NotNull(keys.Ring.PublishedKeys.Find(first));
        var reopened = FileSigningKeys.Open(path, "password", _clock, Settings);
        Assert.Equal((keys.Ring.Current.KeyId, _clock.GetUtcNow()), (reopened.Ring.Current.KeyId, reopened.Ring.CurrentSince));
    }

    private AccessTokenIssuer Issuer(SigningKeyRing ring, Gateway.Security.Jose.SigningKeyMaterial? signingKey = null)
    {
        if (signingKey is null)
        {
            return new AccessTokenIssuer(IssuerName, ring, _clock, TokenLifetime);
        }

        // A ring of one retired key, to sign as a replica still holding it would.
        return new AccessTokenIssuer(IssuerName, new SigningKeyRing(_clock, TokenLifetime, Skew, signingKey), _clock, TokenLifetime);
    }

    private AccessTokenValidator Validator(SigningKeyRing ring) =>
        new([TrustedIssuer.Own(IssuerName, ring, _ => true)], [Audience], _clock);
}
