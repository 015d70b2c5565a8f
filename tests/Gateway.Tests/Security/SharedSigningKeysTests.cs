using Gateway.Catalog.Storage.Postgres;
using Gateway.Catalog.Tests.Storage;
using Gateway.Security;
using Gateway.Security.Tokens;
using Npgsql;

namespace Gateway.Tests.Security;

/// <summary>Gateway replicas on one PostgreSQL catalog share their signing keys through it, sealed with one key-encryption key.</summary>
public sealed class SharedSigningKeysTests : IAsyncLifetime
{
    private readonly TempDirectory _first = new();
    private readonly TempDirectory _second = new();
    private readonly KeyEncryptionKey _encryption = KeyEncryptionKey.FromText(KeyEncryptionKey.GenerateText(), "kek");
    private readonly SteppedClock _clock = new(new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero));
    private PostgresCluster _cluster = null!;
    private string _database = "";

    public async Task InitializeAsync()
    {
        _cluster = await PostgresCluster.StartAsync();
        _database = await _cluster.CreateDatabaseAsync("identity");
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await _cluster.DisposeAsync();
        _first.Dispose();
        _second.Dispose();
    }

    [Fact]
    public async Task Two_gateways_on_one_catalog_verify_each_others_tokens()
    {
        await using var first = await OpenAsync(_first, _encryption);
        await using var second = await OpenAsync(_second, _encryption);
        var (client, _) = await first.Clients.RegisterAsync("analyst", [], ["consumer"], ["analytics"], [], CancellationToken.None);
        await second.Clients.RefreshAsync(CancellationToken.None);

        var fromFirst = first.Issuer.IssueForClient(client, first.TokenService.Audience, []);
        var fromSecond = second.Issuer.IssueForClient(client, second.TokenService.Audience, []);

        Assert.True(second.Validator.Validate(fromFirst).IsValid);
        Assert.True(first.Validator.Validate(fromSecond).IsValid);
        Assert.Equal(first.Issuer.Keys.Current.KeyId, second.Issuer.Keys.Current.KeyId);
        Assert.False(File.Exists(Path.Combine(_first.Path, GatewayIdentity.SigningKeyFileName)));

        // A key lifetime later the first gateway adds the next key; the second reads it before either signs with it.
        var original = first.Issuer.Keys.Current.KeyId;
        _clock.Now += SigningKeyRotationSettings.DefaultKeyLifetime;
        await first.SigningKeys.RotateIfDueAsync(CancellationToken.None);
        await second.SigningKeys.RotateIfDueAsync(CancellationToken.None);
        var beforeSwitch = second.Issuer.IssueForClient(client, second.TokenService.Audience, []);
        _clock.Now += TimeSpan.FromMinutes(1);
        await second.SigningKeys.RotateIfDueAsync(CancellationToken.None);
        var afterSwitch = second.Issuer.IssueForClient(client, second.TokenService.Audience, []);

        Assert.NotEqual(original, second.Issuer.Keys.Current.KeyId);
        Assert.Equal(original, first.Issuer.Keys.Current.KeyId);
        Assert.True(first.Validator.Validate(afterSwitch).IsValid);
        Assert.True(first.Validator.Validate(beforeSwitch).IsValid);
        Assert.True(second.Validator.Validate(first.Issuer.IssueForClient(client, first.TokenService.Audience, [])).IsValid);
    }

    [Fact]
    public async Task A_gateway_with_another_key_encryption_key_refuses_to_start()
    {
        await using (await OpenAsync(_first, _encryption))
        {
        }

        var error = await Assert.ThrowsAsync<KeyEncryptionKeyMismatchException>(
            () => OpenAsync(_second, KeyEncryptionKey.FromText(KeyEncryptionKey.GenerateText(), "/run/secrets/other-kek")));

        Assert.Contains("/run/secrets/other-kek", error.Message, StringComparison.Ordinal);
    }

    private async Task<GatewayIdentity> OpenAsync(TempDirectory data, KeyEncryptionKey encryption)
    {
        var store = await PostgresCatalogStore.OpenAsync(_database, CancellationToken.None);
        try
        {
            return await GatewayIdentity.OpenAsync(
                new IdentitySettings { DataDirectory = data.Path, SecretHashIterations = 1_000, KeyEncryptionKey = encryption },
                store, "http://gateway.test", "/graphql", _clock, CancellationToken.None);
        }
        catch
        {
            await store.DisposeAsync();
            throw;
        }
    }

    /// <summary>A clock the test moves by hand.</summary>
    private sealed class SteppedClock(DateTimeOffset start) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = start;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
