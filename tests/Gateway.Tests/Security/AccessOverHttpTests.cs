using System.Net;
using System.Text.Json;
using Gateway.Security;
using Gateway.Security.Policies;

namespace Gateway.Tests.Security;

/// <summary>Identity over HTTP on Kestrel: tokens from /oauth/token on /graphql, refusals, the grant workflow through the catalog API, the audit log, rate limits.</summary>
public sealed class AccessOverHttpTests : IAsyncLifetime
{
    private const string Users = "urn:dp:registration:registered-users";
    private IdentityRig _rig = null!;

    public async Task InitializeAsync() => _rig = await IdentityRig.StartAsync();

    public async Task DisposeAsync() => await _rig.DisposeAsync();

    [Fact]
    public async Task A_token_from_the_token_endpoint_identifies_the_caller_on_graphql()
    {
        var token = await _rig.TokenAsync("analyst");

        var answer = await _rig.QueryAsync(token, "{ catalog { myGrants { id } } }");

        Assert.Equal("""{"data":{"catalog":{"myGrants":[]}}}""", answer.GetRawText());
    }

    [Fact]
    public async Task A_request_without_a_token_is_anonymous_and_reads_no_grants()
    {
        var answer = await _rig.QueryAsync(null, "{ catalog { myGrants { id } } }");

        Assert.Equal("FORBIDDEN", Code(answer));
    }

    [Theory]
    [InlineData("not-a-jwt", "Malformed")]
    [InlineData("eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.", "DisallowedAlgorithm")]
    public async Task A_bad_token_is_401_with_the_reason_in_the_challenge(string token, string reason)
    {
        using var response = await _rig.PostAsync(token, "{ __typename }");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var challenge = response.Headers.WwwAuthenticate.Single();
        Assert.Equal("Bearer", challenge.Scheme);
        Assert.Contains("error=\"invalid_token\"", challenge.Parameter, StringComparison.Ordinal);
        Assert.Contains(reason, challenge.Parameter, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_revoked_clients_token_is_refused_and_it_gets_no_new_one()
    {
        var token = await _rig.TokenAsync("analyst");

        await _rig.Identity.Clients.RevokeAsync("analyst", CancellationToken.None);
        using var refused = await _rig.PostAsync(token, "{ __typename }");
        using var noToken = await _rig.TokenResponseAsync("analyst");

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Contains("RevokedClient", refused.Headers.WwwAuthenticate.Single().Parameter, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, noToken.StatusCode);
    }

    [Fact]
    public async Task The_grant_workflow_runs_end_to_end_with_its_role_checks()
    {
        var analyst = await _rig.TokenAsync("analyst");
        var salesOwner = await _rig.TokenAsync("sales-owner");
        var owner = await _rig.TokenAsync("registration-owner");
        var admin = await _rig.TokenAsync("admin");

        var requested = await _rig.QueryAsync(analyst, $$"""mutation { catalog { requestAccess(product: "{{Users}}", purpose: "customer-support", justification: "answer tickets") { succeeded code grant { id status } } } }""");
        var id = requested.GetProperty("data").GetProperty("catalog").GetProperty("requestAccess").GetProperty("grant").GetProperty("id").GetString();
        var byOtherOwner = await _rig.QueryAsync(salesOwner, $$"""mutation { catalog { approveAccess(grant: "{{id}}") { succeeded code message } } }""");
        var byConsumer = await _rig.QueryAsync(analyst, $$"""mutation { catalog { approveAccess(grant: "{{id}}") { succeeded code } } }""");
        var listedByStranger = await _rig.QueryAsync(salesOwner, $$"""{ catalog { accessRequests(product: "{{Users}}") { id } } }""");
        var pending = await _rig.QueryAsync(owner, $$"""{ catalog { accessRequests(product: "{{Users}}", status: PENDING) { id clientId purpose justification status } } }""");
        var approved = await _rig.QueryAsync(owner, $$"""mutation { catalog { approveAccess(grant: "{{id}}", expiresAt: "2099-01-01T00:00:00Z") { succeeded grant { status decidedBy expiresAt } } } }""");
        var mine = await _rig.QueryAsync(analyst, "{ catalog { myGrants { product purpose status } } }");
        var active = await _rig.Identity.GrantReader.ListActiveGrantsAsync("analyst", DateTimeOffset.UtcNow, CancellationToken.None);
        var revoked = await _rig.QueryAsync(admin, $$"""mutation { catalog { revokeAccess(grant: "{{id}}", reason: "ticket closed") { succeeded grant { status revokedBy reason } } } }""");

        Assert.Equal("""{"data":{"catalog":{"requestAccess":{"succeeded":true,"code":null,"grant":{"id":"1","status":"PENDING"}}}}}""", requested.GetRawText());
        Assert.Equal("FORBIDDEN", Field(byOtherOwner, "approveAccess").GetProperty("code").GetString());
        Assert.Contains("owner role in the domain 'registration'", Field(byOtherOwner, "approveAccess").GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("FORBIDDEN", Field(byConsumer, "approveAccess").GetProperty("code").GetString());
        Assert.Equal("FORBIDDEN", Code(listedByStranger));
        Assert.Equal("""[{"id":"1","clientId":"analyst","purpose":"customer-support","justification":"answer tickets","status":"PENDING"}]""", Field(pending, "accessRequests").GetRawText());
        Assert.Equal("""{"succeeded":true,"grant":{"status":"APPROVED","decidedBy":"registration-owner","expiresAt":"2099-01-01T00:00:00.0000000Z"}}""", Field(approved, "approveAccess").GetRawText());
        Assert.Equal($$"""[{"product":"{{Users}}","purpose":"customer-support","status":"APPROVED"}]""", Field(mine, "myGrants").GetRawText());
        Assert.Equal(new ActiveGrant(Users, "customer-support", new DateTimeOffset(2099, 1, 1, 0, 0, 0, TimeSpan.Zero)), Assert.Single(active));
        Assert.Equal("""{"succeeded":true,"grant":{"status":"REVOKED","revokedBy":"admin","reason":"ticket closed"}}""", Field(revoked, "revokeAccess").GetRawText());
        Assert.Empty(await _rig.Identity.GrantReader.ListActiveGrantsAsync("analyst", DateTimeOffset.UtcNow, CancellationToken.None));
    }

    [Fact]
    public async Task A_request_for_a_purpose_the_contract_does_not_allow_is_rejected_in_the_payload()
    {
        var analyst = await _rig.TokenAsync("analyst");

        var answer = await _rig.QueryAsync(analyst, $$"""mutation { catalog { requestAccess(product: "{{Users}}", purpose: "marketing", justification: "newsletter") { succeeded code message grant { id } } } }""");

        var result = Field(answer, "requestAccess");
        Assert.Equal(("REJECTED", false), (result.GetProperty("code").GetString(), result.GetProperty("succeeded").GetBoolean()));
        Assert.Contains("does not allow 'marketing'", result.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Empty(await _rig.Identity.Workflow.ListOwnAsync(
            new Gateway.Security.Authorization.CatalogActor("analyst", new HashSet<string>(), [], new HashSet<string>()), CancellationToken.None));
    }

    [Fact]
    public async Task Audit_entries_are_stored_and_read_by_the_owner_only_page_by_page()
    {
        for (var i = 0; i < 3; i++)
        {
            _rig.Identity.Audit.Record(new AccessAuditEntry(
                DateTimeOffset.UtcNow, "analyst", "analytics", Users, $"Report{i}", ["User.country"], ["User.email"], ["User.birthDate"], false));
        }

        await _rig.Identity.Audit.FlushAsync(CancellationToken.None);
        var owner = await _rig.TokenAsync("registration-owner");

        var first = await _rig.QueryAsync(owner, $$"""{ catalog { auditLog(product: "{{Users}}", first: 2) { edges { node { clientId purpose operationName maskedFields deniedFields rejected } } pageInfo { hasNextPage endCursor } } } }""");
        var after = Field(first, "auditLog").GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var second = await _rig.QueryAsync(owner, $$"""{ catalog { auditLog(product: "{{Users}}", first: 2, after: "{{after}}") { edges { node { operationName } } pageInfo { hasNextPage } } } }""");
        var byConsumer = await _rig.QueryAsync(await _rig.TokenAsync("analyst"), $$"""{ catalog { auditLog(product: "{{Users}}") { edges { cursor } } } }""");
        var bySalesOwner = await _rig.QueryAsync(await _rig.TokenAsync("sales-owner"), $$"""{ catalog { auditLog(product: "{{Users}}") { edges { cursor } } } }""");
        var anonymous = await _rig.QueryAsync(null, $$"""{ catalog { auditLog(product: "{{Users}}") { edges { cursor } } } }""");

        var edges = Field(first, "auditLog").GetProperty("edges");
        Assert.Equal(2, edges.GetArrayLength());
        Assert.Equal("""{"clientId":"analyst","purpose":"analytics","operationName":"Report2","maskedFields":["User.email"],"deniedFields":["User.birthDate"],"rejected":false}""", edges[0].GetProperty("node").GetRawText());
        Assert.True(Field(first, "auditLog").GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.Equal("""{"edges":[{"node":{"operationName":"Report0"}}],"pageInfo":{"hasNextPage":false}}""", Field(second, "auditLog").GetRawText());
        Assert.Equal(("FORBIDDEN", "FORBIDDEN", "FORBIDDEN"), (Code(byConsumer), Code(bySalesOwner), Code(anonymous)));
    }

    [Fact]
    public async Task A_bad_cursor_or_product_is_bad_user_input()
    {
        var owner = await _rig.TokenAsync("registration-owner");

        var cursor = await _rig.QueryAsync(owner, $$"""{ catalog { auditLog(product: "{{Users}}", after: "nope") { edges { cursor } } } }""");
        var product = await _rig.QueryAsync(owner, """{ catalog { accessRequests(product: "users") { id } } }""");

        Assert.Equal(("BAD_USER_INPUT", "BAD_USER_INPUT"), (Code(cursor), Code(product)));
    }

    [Fact]
    public async Task The_discovery_document_and_key_set_are_served()
    {
        using var discovery = JsonDocument.Parse(await _rig.Http.GetStringAsync("/.well-known/openid-configuration"));
        using var keys = JsonDocument.Parse(await _rig.Http.GetStringAsync("/.well-known/jwks.json"));

        Assert.Equal(IdentityRig.Issuer, discovery.RootElement.GetProperty("issuer").GetString());
        Assert.Equal(IdentityRig.Issuer + "/oauth/token", discovery.RootElement.GetProperty("token_endpoint").GetString());
        Assert.Equal("EC", keys.RootElement.GetProperty("keys")[0].GetProperty("kty").GetString());
    }

    private static JsonElement Field(JsonElement answer, string name) => answer.GetProperty("data").GetProperty("catalog").GetProperty(name);

    private static string? Code(JsonElement answer) =>
        answer.TryGetProperty("errors", out var errors) ? errors[0].GetProperty("extensions").GetProperty("code").GetString() : null;
}
