using Gateway.Catalog.Documents.Profile;
using Gateway.Catalog.Model;
using Gateway.Security.Authorization;

namespace Gateway.Security.Tests.Authorization;

public sealed class CatalogAuthorizationTests
{
    private static readonly DataProduct Orders = new(
        ProductUrn.Parse("urn:dp:sales:orders"), "sales", null, "orders", null, "olu@example.com", null, DataClassification.Clean, [],
        new SemanticVersion(1, 0, 0), null, LifecycleStatus.Published, null, DateTimeOffset.UnixEpoch, 1);

    [Fact]
    public void A_publisher_publishes_only_in_its_own_domains()
    {
        var publisher = Actor("sales-team", [GatewayRoles.Publisher], "sales");

        Assert.True(CatalogAuthorization.MayPublishIn(publisher, "sales"));
        Assert.False(CatalogAuthorization.MayPublishIn(publisher, "registration"));
        Assert.False(CatalogAuthorization.MayPublishIn(Actor("sales-reader", [GatewayRoles.Consumer], "sales"), "sales"));
        Assert.True(CatalogAuthorization.MayPublishIn(Actor("root", [GatewayRoles.Admin]), "registration"));
        Assert.False(CatalogAuthorization.MayPublishIn(CatalogActor.Anonymous, "sales"));
    }

    [Fact]
    public void An_owner_decides_for_its_domains_products_or_those_it_owns_by_name()
    {
        Assert.True(CatalogAuthorization.MayDecideAccessTo(Actor("sales-owner", [GatewayRoles.Owner], "sales"), Orders));
        Assert.True(CatalogAuthorization.MayDecideAccessTo(Actor("olu@example.com", [GatewayRoles.Owner]), Orders));
        Assert.False(CatalogAuthorization.MayDecideAccessTo(Actor("olu@example.com", [GatewayRoles.Consumer]), Orders));
        Assert.False(CatalogAuthorization.MayDecideAccessTo(Actor("registration-owner", [GatewayRoles.Owner], "registration"), Orders));
        Assert.False(CatalogAuthorization.MayDecideAccessTo(Actor("sales-team", [GatewayRoles.Publisher], "sales"), Orders));
        Assert.True(CatalogAuthorization.MayReadAuditLogOf(Actor("root", [GatewayRoles.Admin]), Orders));
        Assert.False(CatalogAuthorization.MayReadAuditLogOf(CatalogActor.Anonymous, Orders));
    }

    [Fact]
    public void Consumers_and_admins_request_access_anonymous_callers_do_not()
    {
        Assert.True(CatalogAuthorization.MayRequestAccess(Actor("analyst", [GatewayRoles.Consumer])));
        Assert.True(CatalogAuthorization.MayRequestAccess(Actor("root", [GatewayRoles.Admin])));
        Assert.False(CatalogAuthorization.MayRequestAccess(Actor("sales-team", [GatewayRoles.Publisher], "sales")));
        Assert.False(CatalogAuthorization.MayRequestAccess(CatalogActor.Anonymous));
    }

    private static CatalogActor Actor(string id, string[] roles, params string[] domains) =>
        new(id, new HashSet<string>(roles, StringComparer.Ordinal), domains, new HashSet<string>(StringComparer.Ordinal));
}
