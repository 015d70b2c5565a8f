using Gateway.Catalog.Model;
using Gateway.Catalog.Storage;

namespace Gateway.Catalog.Tests.Storage;

[Collection(CatalogStoreCollection.Name)]
public sealed class ClientStorageTests(CatalogStoreFixture stores)
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly DateTimeOffset Created = new(2026, 11, 1, 9, 30, 0, TimeSpan.Zero);

    [Theory]
    [BothStores]
    public async Task A_created_client_reads_back_with_its_lists(StoreKind kind)
    {
        await using var store = await stores.CreateAsync(kind);

        await store.CreateClientAsync(Client("analyst"), None);

        var stored = (await store.GetClientAsync("analyst", None))!;
        Assert.Equal(("analyst", "pbkdf2-sha256$1$c2FsdA==$aGFzaA==", Created, false), (stored.ClientId, stored.SecretHash, stored.CreatedAt, stored.IsRevoked));
        Assert.Equal(["read"], stored.Scopes);
        Assert.Equal(["consumer", "publisher"], stored.Roles);
        Assert.Equal(["analytics"], stored.Purposes);
        Assert.Equal(["sales"], stored.Domains);
    }

    [Theory]
    [BothStores]
    public async Task A_taken_client_id_is_rejected(StoreKind kind)
    {
        await using var store = await stores.CreateAsync(kind);
        await store.CreateClientAsync(Client("analyst"), None);

        var rejected = await Assert.ThrowsAsync<CatalogRejectedException>(() => store.CreateClientAsync(Client("analyst"), None));

        Assert.Contains("'analyst' already exists", rejected.Message, StringComparison.Ordinal);
    }

    [Theory]
    [BothStores]
    public async Task Revocation_is_listed_and_keeps_its_first_time(StoreKind kind)
    {
        var clock = new FixedClock(Created.AddDays(1));
        await using var store = await stores.CreateAsync(kind, clock);
        await store.CreateClientAsync(Client("analyst"), None);
        await store.CreateClientAsync(Client("support"), None);

        var revoked = await store.RevokeClientAsync("analyst", None);
        clock.Now = Created.AddDays(2);
        var again = await store.RevokeClientAsync("analyst", None);

        Assert.Equal(Created.AddDays(1), revoked.RevokedAt);
        Assert.Equal(Created.AddDays(1), again.RevokedAt);
        Assert.Equal(["analyst"], await store.ListRevokedClientIdsAsync(None));
        Assert.Equal(["analyst", "support"], (await store.ListClientsAsync(None)).Select(client => client.ClientId));
    }

    [Theory]
    [BothStores]
    public async Task A_revoked_client_keeps_its_secret(StoreKind kind)
    {
        await using var store = await stores.CreateAsync(kind);
        await store.CreateClientAsync(Client("analyst"), None);
        await store.ReplaceClientSecretAsync("analyst", "pbkdf2-sha256$1$bmV3$bmV3", None);
        await store.RevokeClientAsync("analyst", None);

        await Assert.ThrowsAsync<CatalogRejectedException>(() => store.ReplaceClientSecretAsync("analyst", "pbkdf2-sha256$1$eA==$eA==", None));
        await Assert.ThrowsAsync<CatalogRejectedException>(() => store.RevokeClientAsync("nobody", None));
        Assert.Equal("pbkdf2-sha256$1$bmV3$bmV3", (await store.GetClientAsync("analyst", None))!.SecretHash);
    }

    private static ClientRecord Client(string id) =>
        new(id, "pbkdf2-sha256$1$c2FsdA==$aGFzaA==", ["read"], ["consumer", "publisher"], ["analytics"], ["sales"], Created);
}
