using Gateway.Catalog.Documents.Profile;
using Gateway.Catalog.Model;
using Gateway.Catalog.Storage;
using Gateway.Catalog.Storage.Sqlite;
using Gateway.Security.Authorization;
using Gateway.Security.Grants;

namespace Gateway.Security.Tests.Grants;

public sealed class AccessGrantWorkflowTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly ProductUrn Users = ProductUrn.Parse(SampleProducts.Users);
    private static readonly ProductUrn Orders = ProductUrn.Parse(SampleProducts.Orders);

    private readonly CatalogFolder _folder = new();
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero));
    private SqliteCatalogStore _store = null!;
    private StoredAccessGrantReader _reader = null!;
    private AccessGrantWorkflow _workflow = null!;

    private static CatalogActor Analyst => Actor("analyst", [GatewayRoles.Consumer], [], ["analytics", "customer-support"]);

    private static CatalogActor RegistrationOwner => Actor("registration-owner", [GatewayRoles.Owner], ["registration"], []);

    private static CatalogActor SalesOwner => Actor("sales-owner", [GatewayRoles.Owner], ["sales"], []);

    private static CatalogActor Admin => Actor("admin", [GatewayRoles.Admin], [], []);

    public async Task InitializeAsync()
    {
        _store = await _folder.OpenAsync(_clock);
        await SampleProducts.PublishAsync(_store, "Registration");
        await SampleProducts.PublishAsync(_store, "Sales");
        _reader = new StoredAccessGrantReader(_store);
        _workflow = new AccessGrantWorkflow(_store, _store, _clock, _reader);
    }

    public async Task DisposeAsync() => await _folder.DisposeAsync();

    [Fact]
    public async Task A_consumer_asks_the_owner_approves_and_the_grant_is_active_until_it_expires()
    {
        var requested = await _workflow.RequestAsync(Analyst, Users, "customer-support", "answer tickets about account email", None);
        Assert.Empty(await _reader.ListActiveGrantsAsync("analyst", _clock.GetUtcNow(), None));

        var approved = await _workflow.ApproveAsync(RegistrationOwner, requested.Id, _clock.GetUtcNow().AddDays(30), None);

        Assert.Equal((AccessGrantStatus.Approved, "registration-owner"), (approved.Status, approved.DecidedBy));
        var active = Assert.Single(await _reader.ListActiveGrantsAsync("analyst", _clock.GetUtcNow(), None));
        Assert.Equal((SampleProducts.Users, "customer-support"), (active.ProductUrn, active.Purpose));
        Assert.Empty(await _reader.ListActiveGrantsAsync("analyst", _clock.GetUtcNow().AddDays(31), None));
    }

    [Fact]
    public async Task A_purpose_the_contract_does_not_allow_is_refused()
    {
        var rejected = await Assert.ThrowsAsync<CatalogRejectedException>(
            () => _workflow.RequestAsync(Actor("marketer", [GatewayRoles.Consumer], [], ["marketing"]), Users, "marketing", "campaign", None));

        Assert.Contains("does not allow 'marketing'", rejected.Message, StringComparison.Ordinal);
        Assert.Contains("age-verification, analytics, customer-support, fraud-detection, recommendations", rejected.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_purpose_the_client_may_not_declare_is_refused()
    {
        var rejected = await Assert.ThrowsAsync<CatalogRejectedException>(
            () => _workflow.RequestAsync(Analyst, Users, "fraud-detection", "investigate", None));

        Assert.Contains("may not declare 'fraud-detection'", rejected.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Requests_need_a_consumer_a_known_product_and_a_justification()
    {
        await Assert.ThrowsAsync<CatalogForbiddenException>(() => _workflow.RequestAsync(CatalogActor.Anonymous, Users, "analytics", "x", None));
        await Assert.ThrowsAsync<CatalogForbiddenException>(() => _workflow.RequestAsync(SalesOwner, Users, "analytics", "x", None));
        await Assert.ThrowsAsync<CatalogRejectedException>(() => _workflow.RequestAsync(Analyst, ProductUrn.Parse("urn:dp:x:nothing"), "analytics", "x", None));
        await Assert.ThrowsAsync<CatalogRejectedException>(() => _workflow.RequestAsync(Analyst, Users, "analytics", "  ", None));
    }

    [Fact]
    public async Task Only_the_products_owner_or_an_admin_decides()
    {
        var request = await _workflow.RequestAsync(Analyst, Users, "analytics", "churn report", None);

        var forbidden = await Assert.ThrowsAsync<CatalogForbiddenException>(() => _workflow.ApproveAsync(SalesOwner, request.Id, null, None));
        await Assert.ThrowsAsync<CatalogForbiddenException>(() => _workflow.ApproveAsync(Analyst, request.Id, null, None));
        await Assert.ThrowsAsync<CatalogForbiddenException>(() => _workflow.ListForProductAsync(SalesOwner, Users, null, None));
        var rejected = await _workflow.RejectAsync(Admin, request.Id, "use the aggregated listening summaries", None);

        Assert.Contains("owner role in the domain 'registration'", forbidden.Message, StringComparison.Ordinal);
        Assert.Equal((AccessGrantStatus.Rejected, "admin", "use the aggregated listening summaries"), (rejected.Status, rejected.DecidedBy, rejected.Reason));
        Assert.Equal([request.Id], (await _workflow.ListForProductAsync(RegistrationOwner, Users, null, None)).Select(grant => grant.Id));
    }

    [Fact]
    public async Task Revocation_takes_effect_at_once_on_this_replica()
    {
        var request = await _workflow.RequestAsync(Analyst, Orders, "analytics", "revenue dashboard", None);
        await _workflow.ApproveAsync(SalesOwner, request.Id, null, None);
        Assert.Single(await _reader.ListActiveGrantsAsync("analyst", _clock.GetUtcNow(), None));

        await Assert.ThrowsAsync<CatalogForbiddenException>(() => _workflow.RevokeAsync(RegistrationOwner, request.Id, null, None));
        var revoked = await _workflow.RevokeAsync(SalesOwner, request.Id, "dashboard retired", None);

        Assert.Equal((AccessGrantStatus.Revoked, "sales-owner"), (revoked.Status, revoked.RevokedBy));
        Assert.Empty(await _reader.ListActiveGrantsAsync("analyst", _clock.GetUtcNow(), None));
        Assert.Equal([AccessGrantStatus.Revoked], (await _workflow.ListOwnAsync(Analyst, None)).Select(grant => grant.Status));
    }

    [Fact]
    public async Task An_expiry_in_the_past_is_refused()
    {
        var request = await _workflow.RequestAsync(Analyst, Orders, "analytics", "report", None);

        await Assert.ThrowsAsync<CatalogRejectedException>(() => _workflow.ApproveAsync(SalesOwner, request.Id, _clock.GetUtcNow().AddMinutes(-1), None));
        Assert.Equal(AccessGrantStatus.Pending, (await _store.GetGrantAsync(request.Id, None))!.Status);
    }

    [Fact]
    public async Task The_descriptors_owner_decides_without_a_domain()
    {
        // The registration descriptor names maria.santos@example.com as its team's owner.
        var maria = Actor("maria.santos@example.com", [GatewayRoles.Owner], [], []);
        var request = await _workflow.RequestAsync(Analyst, Users, "analytics", "report", None);

        var approved = await _workflow.ApproveAsync(maria, request.Id, null, None);

        Assert.Equal(AccessGrantStatus.Approved, approved.Status);
        await Assert.ThrowsAsync<CatalogForbiddenException>(() => _workflow.ListForProductAsync(maria, Orders, null, None));
    }

    private static CatalogActor Actor(string id, string[] roles, string[] domains, string[] purposes) =>
        new(id, new HashSet<string>(roles, StringComparer.Ordinal), domains, new HashSet<string>(purposes, StringComparer.Ordinal));
}
