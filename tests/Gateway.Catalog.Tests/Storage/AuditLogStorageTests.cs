using Gateway.Catalog.Documents.Profile;
using Gateway.Catalog.Model;
using Gateway.Catalog.Storage;

namespace Gateway.Catalog.Tests.Storage;

[Collection(CatalogStoreCollection.Name)]
public sealed class AuditLogStorageTests(CatalogStoreFixture stores)
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly ProductUrn Users = ProductUrn.Parse("urn:dp:registration:registered-users");
    private static readonly ProductUrn Orders = ProductUrn.Parse("urn:dp:sales:orders");
    private static readonly DateTimeOffset Start = new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [BothStores]
    public async Task An_entry_reads_back_as_it_was_recorded(StoreKind kind)
    {
        await using var store = await stores.CreateAsync(kind);
        var entry = new AuditLogEntry(0, Start, "support", "customer-support", Users, "Lookup", ["User.id"], ["User.email"], ["User.birthDate"], Rejected: false);

        await store.AppendAuditEntriesAsync([entry, entry with { ClientId = null, Purpose = null, OperationName = null, Rejected = true }], None);

        var page = await store.ListAuditEntriesAsync(Users, 10, null, None);
        Assert.False(page.HasMore);
        Assert.Equal(2, page.Entries.Count);
        var anonymous = page.Entries[0];
        var stored = page.Entries[1];
        Assert.Equal(entry with { Id = stored.Id, AllowedFields = stored.AllowedFields, MaskedFields = stored.MaskedFields, DeniedFields = stored.DeniedFields }, stored);
        Assert.Equal(["User.id"], stored.AllowedFields);
        Assert.Equal(["User.email"], stored.MaskedFields);
        Assert.Equal(["User.birthDate"], stored.DeniedFields);
        Assert.Equal((null, null, true), (anonymous.ClientId, anonymous.Purpose, anonymous.Rejected));
    }

    [Theory]
    [BothStores]
    public async Task Pages_walk_one_product_newest_first_without_gaps(StoreKind kind)
    {
        await using var store = await stores.CreateAsync(kind);
        var batch = new List<AuditLogEntry>();
        for (var i = 0; i < 250; i++)
        {
            batch.Add(new AuditLogEntry(0, Start.AddSeconds(i), $"client-{i}", "analytics", i % 2 == 0 ? Users : Orders, null, [], [], [], false));
        }

        await store.AppendAuditEntriesAsync(batch, None);

        var seen = new List<string?>();
        long? cursor = null;
        var pages = 0;
        while (true)
        {
            var page = await store.ListAuditEntriesAsync(Users, 40, cursor, None);
            seen.AddRange(page.Entries.Select(entry => entry.ClientId));
            pages++;
            if (!page.HasMore)
            {
                break;
            }

            cursor = page.Entries[^1].Id;
        }

        Assert.Equal(4, pages);
        Assert.Equal(Enumerable.Range(0, 125).Select(i => $"client-{248 - (2 * i)}"), seen);
    }
}
