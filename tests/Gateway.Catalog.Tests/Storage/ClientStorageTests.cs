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

    [Theory]
    [InlineData(StoreKind.Sqlite, StoreKind.Postgres)]
    [InlineData(StoreKind.Postgres, StoreKind.Sqlite)]
    public async Task A_backup_keeps_the_clients_and_their_revocations(StoreKind from, StoreKind to)
    {
        await using var source = await stores.CreateAsync(from, new FixedClock(Created.AddDays(1)));
        await source.CreateClientAsync(Client("analyst"), None);
        await source.CreateClientAsync(Client("support"), None);
        await source.RevokeClientAsync("support", None);

        await using var target = await stores.CreateAsync(to);
        await target.ImportAsync(await source.ExportAsync(None), None);

        Assert.Equal(await source.ListClientsAsync(None), await target.ListClientsAsync(None), ClientComparer.Instance);
        Assert.Equal(["support"], await target.ListRevokedClientIdsAsync(None));
    }

    private static ClientRecord Client(string id) =>
        new(id, "pbkdf2-sha256$1$c2FsdA==$aGFzaA==", ["read"], ["consumer", "publisher"], ["analytics"], ["sales"], Created);

    /// <summary>Clients equal field by field, their lists by content.</summary>
    private sealed class ClientComparer : IEqualityComparer<ClientRecord>
    {
        public static ClientComparer Instance { get; } = new();

        public bool Equals(ClientRecord? x, ClientRecord? y) =>
            x is not null && y is not null
            && (x.ClientId, x.SecretHash, x.CreatedAt, x.RevokedAt) == (y.ClientId, y.SecretHash, y.CreatedAt, y.RevokedAt)
            && x.Scopes.SequenceEqual(y.Scopes) && x.Roles.SequenceEqual(y.Roles) && x.Purposes.SequenceEqual(y.Purposes) && x.Domains.SequenceEqual(y.Domains);

        public int GetHashCode(ClientRecord obj) => obj.ClientId.GetHashCode(StringComparison.Ordinal);
    }
}
