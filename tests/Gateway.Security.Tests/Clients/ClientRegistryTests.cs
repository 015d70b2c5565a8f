using Gateway.Catalog.Storage;
using Gateway.Security.Clients;

namespace Gateway.Security.Tests.Clients;

public sealed class ClientRegistryTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly CatalogFolder _folder = new();
    private readonly ManualClock _clock = new(DateTimeOffset.UnixEpoch);
    private ClientRegistry _clients = null!;

    public async Task InitializeAsync() => _clients = await OpenRegistryAsync();

    public async Task DisposeAsync() => await _folder.DisposeAsync();

    [Fact]
    public async Task A_registered_client_authenticates_with_its_secret_only()
    {
        var (client, secret) = await _clients.RegisterAsync("reporting", ["catalog:read"], ["consumer"], ["billing"], [], None);

        Assert.Equal(client.SecretHash, (await _clients.AuthenticateAsync("reporting", secret, None))?.SecretHash);
        Assert.Null(await _clients.AuthenticateAsync("reporting", secret + "x", None));
        Assert.Null(await _clients.AuthenticateAsync("someone-else", secret, None));
    }

    [Fact]
    public async Task The_secret_is_stored_only_as_a_PBKDF2_hash()
    {
        var (_, secret) = await _clients.RegisterAsync("reporting", [], [], [], [], None);

        var stored = (await _clients.FindAsync("reporting", None))!;
        Assert.DoesNotContain(secret, stored.SecretHash, StringComparison.Ordinal);
        Assert.StartsWith("pbkdf2-sha256$1000$", stored.SecretHash, StringComparison.Ordinal);
        Assert.True(ClientSecretHash.Verify(secret, stored.SecretHash));
    }

    [Fact]
    public void Two_hashes_of_one_secret_differ_by_their_salt()
    {
        Assert.NotEqual(ClientSecretHash.Hash("s", 1_000), ClientSecretHash.Hash("s", 1_000));
    }

    [Fact]
    public async Task A_rotated_secret_replaces_the_old_one()
    {
        var (_, old) = await _clients.RegisterAsync("reporting", [], [], [], [], None);

        var fresh = await _clients.RotateSecretAsync("reporting", None);

        Assert.Null(await _clients.AuthenticateAsync("reporting", old, None));
        Assert.NotNull(await _clients.AuthenticateAsync("reporting", fresh, None));
    }

    [Fact]
    public async Task A_revoked_client_no_longer_authenticates_nor_validates()
    {
        var (_, secret) = await _clients.RegisterAsync("reporting", [], [], [], [], None);

        await _clients.RevokeAsync("reporting", None);

        Assert.Null(await _clients.AuthenticateAsync("reporting", secret, None));
        Assert.True((await _clients.FindAsync("reporting", None))!.IsRevoked);
        Assert.False(_clients.IsActive("reporting"));
    }

    [Fact]
    public async Task A_client_id_cannot_be_registered_twice()
    {
        await _clients.RegisterAsync("reporting", [], [], [], [], None);

        await Assert.ThrowsAsync<CatalogRejectedException>(() => _clients.RegisterAsync("reporting", [], [], [], [], None));
    }

    [Fact]
    public async Task Roles_purposes_and_domains_outside_the_vocabulary_are_refused()
    {
        var role = await Assert.ThrowsAsync<ArgumentException>(() => _clients.RegisterAsync("a", [], ["superuser"], [], [], None));
        var purpose = await Assert.ThrowsAsync<ArgumentException>(() => _clients.RegisterAsync("a", [], [], ["Fraud Detection"], [], None));
        var domain = await Assert.ThrowsAsync<ArgumentException>(() => _clients.RegisterAsync("a", [], [], [], ["Sales!"], None));
        await Assert.ThrowsAsync<ArgumentException>(() => _clients.RegisterAsync("has:colon", [], [], [], [], None));

        Assert.Contains("consumer, publisher, owner, admin", role.Message, StringComparison.Ordinal);
        Assert.Contains("'Fraud Detection' is not a purpose", purpose.Message, StringComparison.Ordinal);
        Assert.Contains("'Sales!' is not a domain", domain.Message, StringComparison.Ordinal);
        Assert.Empty(await _clients.ListAsync(None));
    }

    [Fact]
    public async Task Another_replica_sees_a_revocation_when_it_reloads_the_revoked_set()
    {
        var replica = await OpenRegistryAsync(TimeSpan.FromSeconds(5));
        await _clients.RegisterAsync("reporting", [], ["consumer"], [], ["sales"], None);
        Assert.True(replica.IsActive("reporting"));

        await _clients.RevokeAsync("reporting", None);
        Assert.True(replica.IsActive("reporting"));
        await replica.RefreshAsync(None);

        Assert.False(replica.IsActive("reporting"));
        Assert.Equal(["sales"], (await replica.FindAsync("reporting", None))!.Domains);
    }

    private async Task<ClientRegistry> OpenRegistryAsync(TimeSpan? refresh = null) =>
        await ClientRegistry.OpenAsync(await _folder.OpenAsync(_clock), _clock, None, secretHashIterations: 1_000, refreshInterval: refresh);
}
