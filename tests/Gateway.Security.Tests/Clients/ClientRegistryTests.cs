using Gateway.Security.Clients;

namespace Gateway.Security.Tests.Clients;

public sealed class ClientRegistryTests
{
    private readonly ClientRegistry _clients = new(new ManualClock(DateTimeOffset.UnixEpoch), secretHashIterations: 1_000);

    [Fact]
    public void A_registered_client_authenticates_with_its_secret_only()
    {
        var (client, secret) = _clients.Register("reporting", ["catalog:read"], ["consumer"], ["billing"]);

        Assert.Same(client, _clients.Authenticate("reporting", secret));
        Assert.Null(_clients.Authenticate("reporting", secret + "x"));
        Assert.Null(_clients.Authenticate("someone-else", secret));
    }

    [Fact]
    public void The_secret_is_stored_only_as_a_PBKDF2_hash()
    {
        var (client, secret) = _clients.Register("reporting", [], [], []);

        Assert.DoesNotContain(secret, client.SecretHash, StringComparison.Ordinal);
        Assert.StartsWith("pbkdf2-sha256$1000$", client.SecretHash, StringComparison.Ordinal);
        Assert.True(ClientSecretHash.Verify(secret, client.SecretHash));
    }

    [Fact]
    public void Two_hashes_of_one_secret_differ_by_their_salt()
    {
        Assert.NotEqual(ClientSecretHash.Hash("s", 1_000), ClientSecretHash.Hash("s", 1_000));
    }

    [Fact]
    public void A_rotated_secret_replaces_the_old_one()
    {
        var (_, old) = _clients.Register("reporting", [], [], []);

        var fresh = _clients.RotateSecret("reporting");

        Assert.Null(_clients.Authenticate("reporting", old));
        Assert.NotNull(_clients.Authenticate("reporting", fresh));
    }

    [Fact]
    public void A_revoked_client_no_longer_authenticates()
    {
        var (_, secret) = _clients.Register("reporting", [], [], []);

        _clients.Revoke("reporting");

        Assert.Null(_clients.Authenticate("reporting", secret));
        Assert.True(_clients.Find("reporting")!.IsRevoked);
    }

    [Fact]
    public void A_client_id_cannot_be_registered_twice()
    {
        _clients.Register("reporting", [], [], []);

        Assert.Throws<InvalidOperationException>(() => _clients.Register("reporting", [], [], []));
    }
}
