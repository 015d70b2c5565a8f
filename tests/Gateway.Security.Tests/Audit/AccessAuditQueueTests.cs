using Gateway.Catalog.Documents.Profile;
using Gateway.Catalog.Storage;
using Gateway.Security.Audit;
using Gateway.Security.Authorization;
using Gateway.Security.Policies;

namespace Gateway.Security.Tests.Audit;

public sealed class AccessAuditQueueTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly ProductUrn Users = ProductUrn.Parse(SampleProducts.Users);
    private static readonly DateTimeOffset At = new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);
    private readonly CatalogFolder _folder = new();

    public async Task InitializeAsync() => await SampleProducts.PublishAsync(await _folder.OpenAsync(), "Registration");

    public async Task DisposeAsync() => await _folder.DisposeAsync();

    [Fact]
    public async Task Recorded_entries_are_stored_in_batches_and_flush_waits_for_them()
    {
        var store = await _folder.OpenAsync();
        await using var queue = new AccessAuditQueue(store);

        for (var i = 0; i < 1_200; i++)
        {
            queue.Record(Entry($"client-{i}"));
        }

        await queue.FlushAsync(None);

        Assert.Equal((1_200L, 0L), (queue.Stored, queue.Dropped));
        var page = await store.ListAuditEntriesAsync(Users, 1, null, None);
        Assert.Equal("client-1199", page.Entries[0].ClientId);
        Assert.Equal(["User.email"], page.Entries[0].MaskedFields);
    }

    [Fact]
    public async Task Disposing_stores_what_is_queued()
    {
        var store = await _folder.OpenAsync();
        var queue = new AccessAuditQueue(store);
        queue.Record(Entry("support"));

        await queue.DisposeAsync();

        Assert.Equal("support", Assert.Single((await store.ListAuditEntriesAsync(Users, 10, null, None)).Entries).ClientId);
    }

    [Fact]
    public async Task An_entry_for_something_that_is_not_a_product_urn_is_dropped()
    {
        var store = await _folder.OpenAsync();
        await using var queue = new AccessAuditQueue(store);

        queue.Record(Entry("support") with { ProductUrn = "orders" });
        await queue.FlushAsync(None);

        Assert.Equal((0L, 1L), (queue.Stored, queue.Dropped));
    }

    [Fact]
    public async Task The_log_is_read_by_the_products_owner_and_admins_only()
    {
        var store = await _folder.OpenAsync();
        await store.AppendAuditEntriesAsync([new(0, At, "support", "customer-support", Users, null, [], [], [], false)], None);
        var log = new AccessAuditLog(store, store);

        var owner = await log.ReadAsync(Actor("ro", GatewayRoles.Owner, "registration"), Users, 10, null, None);
        var admin = await log.ReadAsync(Actor("root", GatewayRoles.Admin), Users, 10, null, None);

        Assert.Single(owner.Entries);
        Assert.Single(admin.Entries);
        await Assert.ThrowsAsync<CatalogForbiddenException>(() => log.ReadAsync(Actor("so", GatewayRoles.Owner, "sales"), Users, 10, null, None));
        await Assert.ThrowsAsync<CatalogForbiddenException>(() => log.ReadAsync(Actor("support", GatewayRoles.Consumer), Users, 10, null, None));
        await Assert.ThrowsAsync<CatalogRejectedException>(() => log.ReadAsync(Actor("root", GatewayRoles.Admin), Users, 0, null, None));
    }

    private static AccessAuditEntry Entry(string client) =>
        new(At, client, "customer-support", SampleProducts.Users, "Lookup", ["User.id"], ["User.email"], [], false);

    private static CatalogActor Actor(string id, string role, params string[] domains) =>
        new(id, new HashSet<string>([role], StringComparer.Ordinal), domains, new HashSet<string>(StringComparer.Ordinal));
}
