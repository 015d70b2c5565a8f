using Gateway.Catalog.Documents.Profile;
using Gateway.Catalog.Model;
using Gateway.Catalog.Storage;

namespace Gateway.Catalog.Tests.Storage;

[Collection(CatalogStoreCollection.Name)]
public sealed class AccessGrantStorageTests(CatalogStoreFixture stores)
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly ProductUrn Users = ProductUrn.Parse("urn:dp:registration:registered-users");
    private static readonly ProductUrn Orders = ProductUrn.Parse("urn:dp:sales:orders");
    private static readonly DateTimeOffset Start = new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [BothStores]
    public async Task A_request_is_pending_until_the_owner_approves_it(StoreKind kind)
    {
        var clock = new FixedClock(Start);
        await using var store = await stores.CreateAsync(kind, clock);

        var requested = await store.RequestGrantAsync(new AccessGrantRequest("analyst", Users, "analytics", "monthly churn report"), None);
        clock.Now = Start.AddHours(1);
        var approved = await store.ApproveGrantAsync(requested.Id, "maria", Start.AddDays(30), None);

        Assert.Equal((AccessGrantStatus.Pending, Start), (requested.Status, requested.RequestedAt));
        Assert.Equal((AccessGrantStatus.Approved, "maria", Start.AddHours(1), Start.AddDays(30)), (approved.Status, approved.DecidedBy, approved.DecidedAt, approved.ExpiresAt));
        Assert.Equal(("analyst", Users, "analytics", "monthly churn report"), (approved.ClientId, approved.Product, approved.Purpose, approved.Justification));
        Assert.Equal([requested.Id], (await store.ListActiveGrantsAsync("analyst", Start.AddDays(29), None)).Select(grant => grant.Id));
    }

    [Theory]
    [BothStores]
    public async Task An_expired_or_revoked_grant_is_not_active(StoreKind kind)
    {
        await using var store = await stores.CreateAsync(kind, new FixedClock(Start));
        var expiring = await store.RequestGrantAsync(new AccessGrantRequest("analyst", Users, "analytics", "report"), None);
        var revoked = await store.RequestGrantAsync(new AccessGrantRequest("analyst", Orders, "analytics", "report"), None);
        var open = await store.RequestGrantAsync(new AccessGrantRequest("analyst", Orders, "recommendations", "model"), None);
        await store.ApproveGrantAsync(expiring.Id, "maria", Start.AddDays(1), None);
        await store.ApproveGrantAsync(revoked.Id, "olu", null, None);
        await store.ApproveGrantAsync(open.Id, "olu", null, None);

        var afterRevoke = await store.RevokeGrantAsync(revoked.Id, "admin", "left the team", None);

        Assert.Equal((AccessGrantStatus.Revoked, "admin", "left the team"), (afterRevoke.Status, afterRevoke.RevokedBy, afterRevoke.Reason));
        Assert.Equal([open.Id], (await store.ListActiveGrantsAsync("analyst", Start.AddDays(2), None)).Select(grant => grant.Id));
        Assert.Equal([open.Id, expiring.Id], (await store.ListActiveGrantsAsync("analyst", Start.AddHours(1), None)).Select(grant => grant.Id));
    }

    [Theory]
    [BothStores]
    public async Task A_grant_is_decided_once(StoreKind kind)
    {
        await using var store = await stores.CreateAsync(kind);
        var grant = await store.RequestGrantAsync(new AccessGrantRequest("marketing", Users, "analytics", "campaign"), None);
        var rejected = await store.RejectGrantAsync(grant.Id, "maria", "marketing is not an allowed use", None);

        var again = await Assert.ThrowsAsync<CatalogRejectedException>(() => store.ApproveGrantAsync(grant.Id, "maria", null, None));
        var revoke = await Assert.ThrowsAsync<CatalogRejectedException>(() => store.RevokeGrantAsync(grant.Id, "maria", null, None));

        Assert.Equal((AccessGrantStatus.Rejected, "marketing is not an allowed use"), (rejected.Status, rejected.Reason));
        Assert.Contains("is rejected, not pending", again.Message, StringComparison.Ordinal);
        Assert.Contains("is rejected, not approved", revoke.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<CatalogRejectedException>(() => store.ApproveGrantAsync(999, "maria", null, None));
    }

    [Theory]
    [BothStores]
    public async Task Concurrent_decisions_on_one_request_let_exactly_one_win(StoreKind kind)
    {
        await using var store = await stores.CreateAsync(kind);
        var grant = await store.RequestGrantAsync(new AccessGrantRequest("analyst", Users, "analytics", "report"), None);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 8).Select(async i =>
        {
            try
            {
                await (i % 2 == 0 ? store.ApproveGrantAsync(grant.Id, $"owner-{i}", null, None) : store.RejectGrantAsync(grant.Id, $"owner-{i}", "no", None));
                return true;
            }
            catch (CatalogRejectedException)
            {
                return false;
            }
        }));

        Assert.Single(outcomes, won => won);
    }

    [Theory]
    [BothStores]
    public async Task A_second_request_for_the_same_purpose_is_refused_while_one_is_pending_or_active(StoreKind kind)
    {
        await using var store = await stores.CreateAsync(kind, new FixedClock(Start));
        var first = await store.RequestGrantAsync(new AccessGrantRequest("analyst", Users, "analytics", "report"), None);

        await Assert.ThrowsAsync<CatalogRejectedException>(() => store.RequestGrantAsync(new AccessGrantRequest("analyst", Users, "analytics", "again"), None));
        await store.ApproveGrantAsync(first.Id, "maria", null, None);
        await Assert.ThrowsAsync<CatalogRejectedException>(() => store.RequestGrantAsync(new AccessGrantRequest("analyst", Users, "analytics", "again"), None));
        await store.RevokeGrantAsync(first.Id, "maria", null, None);
        var renewed = await store.RequestGrantAsync(new AccessGrantRequest("analyst", Users, "analytics", "again"), None);

        Assert.Equal([renewed.Id, first.Id], (await store.ListClientGrantsAsync("analyst", None)).Select(grant => grant.Id));
        Assert.Equal([renewed.Id], (await store.ListProductGrantsAsync(Users, AccessGrantStatus.Pending, None)).Select(grant => grant.Id));
        Assert.Equal(2, (await store.ListProductGrantsAsync(Users, null, None)).Count);
    }
}
