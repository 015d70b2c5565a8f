using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Gateway.Tests.Enforcement;

/// <summary>
/// Operations that try to reach a masked or denied value through every route the research note lists (2.9,
/// 2.10): aliases, fragments, abstract types, conditional selections, duplicates, batching, cached and
/// persisted documents, filters, entity jumps through another domain, error messages and introspection. Each
/// runs against real subgraphs and asserts that no raw value appears anywhere in the response body, for a
/// consumer without grants and for an anonymous request; an administrator runs it first, so the operation is
/// shown to reach the data (a leak would be seen).
/// </summary>
public sealed class BypassSuiteTests(EnforcementFixture fixture) : IClassFixture<EnforcementFixture>
{
    private EnforcementRig Rig => fixture.Rig;

    /// <param name="Reveals">True when the administrator's response holds a raw value (the operation reads governed data); false for operations refused before they run, whose control is an error-free administrator response.</param>
    public sealed record BypassCase(string Query, Dictionary<string, object?>? Variables = null, string? OperationName = null, bool Reveals = true);

    private static readonly Dictionary<string, BypassCase> Cases = new()
    {
        // Aliases: decisions follow the field definition, not the response key.
        ["alias"] = new("{ me { e: email } }"),
        ["two aliases of one field"] = new("{ me { a: salary b: salary } }"),
        ["alias beside the field"] = new("{ me { email mail: email } }"),
        ["aliased root fields"] = new("{ a: me { email } b: user(id: \"u1\") { salary } }"),
        ["alias named like a public field"] = new("{ me { country: salary id } }"),

        // Fragments.
        ["named fragment"] = new("{ me { ...F } } fragment F on User { email salary }"),
        ["inline fragment"] = new("{ me { ... on User { salary } } }"),
        ["inline fragment without a type"] = new("{ me { ... { birthDate } } }"),
        ["nested named fragments"] = new("{ me { ...A } } fragment A on User { id ...B } fragment B on User { salary phone }"),
        ["fragment on an interface"] = new("{ me { ...C } } fragment C on Contact { email }"),
        ["fragment nested through interfaces"] = new("{ me { ... on Node { ... on Contact { ... on User { salary } } } } }"),

        // Interfaces and unions (Apollo Router GHSA-x33c-7c2v-mrj9).
        ["interface field"] = new("{ contacts { email } }"),
        ["interface list narrowed to the object"] = new("{ contacts { ... on User { salary email } } }"),
        ["node lookup"] = new("{ node(id: \"u1\") { ... on User { salary birthDate } } }"),
        ["node lookup through a second interface"] = new("{ node(id: \"u1\") { ... on Contact { email } } }"),
        ["union members"] = new("{ search(text: \"maria\") { ... on User { email } ... on Org { orgEmail: email } } }"),
        ["union through an interface fragment"] = new("{ search(text: \"maria\") { __typename ... on Contact { email } } }"),

        // @include / @skip with variables.
        ["include with a variable"] = new("query($yes: Boolean!) { me { salary @include(if: $yes) } }", new() { ["yes"] = true }),
        ["skip with a variable"] = new("query($no: Boolean!) { me { salary @skip(if: $no) } }", new() { ["no"] = false }),
        ["include default on a fragment"] = new("query($yes: Boolean = true) { me { ... @include(if: $yes) { email } } }"),
        ["skipped copy and included copy"] = new("query($s: Boolean!) { me { email @skip(if: $s) email @include(if: true) } }", new() { ["s"] = true }),
        ["skip on the fragment spread"] = new("query($s: Boolean!) { me { ...F @skip(if: $s) } } fragment F on User { note: phone }", new() { ["s"] = false }),

        // Duplicated fields.
        ["field repeated"] = new("{ me { salary salary salary } }"),
        ["field repeated through fragments"] = new("{ me { email ... on User { email } ...F } } fragment F on User { email }"),

        // Several operations in one document.
        ["second operation of a document"] = new("query A { me { id } } query B { me { salary } }", OperationName: "B"),

        // Filters and ordering on governed fields (research note 2.9 #14): refused before they run.
        ["filter on a masked field"] = new($$"""{ users(where: { email: "{{MeshData.Email}}" }) { id } }""", Reveals: false),
        ["filter nested in and"] = new($$"""{ users(where: { and: [{ name: "x" }, { email: "{{MeshData.Email}}" }] }) { id } }""", Reveals: false),
        ["filter in a variable"] = new("query($w: UserFilter) { users(where: $w) { id } }", new() { ["w"] = new Dictionary<string, object?> { ["email"] = MeshData.Email } }, Reveals: false),
        ["ordering by a denied field"] = new("{ users(orderBy: SALARY) { id } }", Reveals: false),
        ["ordering in a variable default"] = new("query($o: UserOrder = EMAIL) { users(orderBy: $o) { id } }", Reveals: false),
        ["argument on a masked field"] = new("{ me { nickname(format: \"raw\") } }", Reveals: false),

        // Entity jumps through another domain (@key joins).
        ["order buyer's personal data"] = new("{ orders { buyer { email salary } } }"),
        ["order and buyer fields together"] = new("{ orders { total note buyer { phone } } }"),
        ["user to orders and back to the buyer"] = new("{ me { orders { total buyer { salary birthDate } } } }"),
        ["order by id to the buyer's interface"] = new("{ order(id: \"ord1\") { buyer { ... on Contact { email } } } }"),
        ["entity jump with aliases and fragments"] = new("{ orders { b: buyer { ...P } } } fragment P on User { s: salary n: nickname }"),

        // Lists and lookups by variables.
        ["list of users"] = new("{ users { email salary } }"),
        ["lookup by a variable"] = new("query($id: ID!) { user(id: $id) { salary phone } }", new() { ["id"] = "u1" }),

        // Errors that echo values: a subgraph error on a governed field keeps its path but not its message.
        ["subgraph error echoing a value"] = new("{ me { id phoneCheck } }"),

        // __typename beside governed fields.
        ["typename beside governed fields"] = new("{ me { __typename email nickname } }"),
    };

    public static TheoryData<string> CaseNames => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task No_raw_value_reaches_a_consumer_without_grants(string name)
    {
        var bypass = Cases[name];
        var body = Body(bypass);

        var (_, control) = await Rig.PostAsync(body, fixture.Administrator);
        if (bypass.Reveals)
        {
            Assert.True(MeshData.Governed.Any(value => control.Contains(value, StringComparison.Ordinal)), $"The administrator's response holds no raw value, so the case proves nothing: {control}");
        }
        else
        {
            Assert.DoesNotContain("\"errors\"", control, StringComparison.Ordinal);
        }

        var (_, analyst) = await Rig.PostAsync(body, fixture.Analyst);
        AssertNoRawValue(analyst);
        var (_, anonymous) = await Rig.PostAsync(body);
        AssertNoRawValue(anonymous, MeshData.Name);
    }

    [Fact]
    public async Task Batched_operations_are_each_decided()
    {
        object[] batch =
        [
            new { query = "{ me { email } }" },
            new { query = "{ me { salary } }" },
            new { query = "{ orders { total note } }" },
        ];

        var (_, control) = await Rig.PostAsync(batch, fixture.Administrator);
        var (status, analyst) = await Rig.PostAsync(batch, fixture.Analyst);

        Assert.Contains(MeshData.Salary, control, StringComparison.Ordinal);
        Assert.Equal(200, status);
        Assert.StartsWith("[", analyst, StringComparison.Ordinal);
        AssertNoRawValue(analyst);
    }

    [Fact]
    public async Task A_cached_document_does_not_carry_a_decision_to_the_next_subject()
    {
        var body = new { query = "{ me { email salary } }" };

        var (_, support) = await Rig.PostAsync(body, fixture.Support);
        var (_, analyst) = await Rig.PostAsync(body, fixture.Analyst);
        var (_, again) = await Rig.PostAsync(body, fixture.Support);

        Assert.Contains(MeshData.Email, support, StringComparison.Ordinal);
        AssertNoRawValue(analyst);
        Assert.Contains(MeshData.Email, again, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_persisted_query_registered_by_one_subject_is_decided_again_for_another()
    {
        const string query = "{ me { email phone } }";
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query)));
        var extensions = new { persistedQuery = new { version = 1, sha256Hash = hash } };

        var (_, registered) = await Rig.PostAsync(new { query, extensions }, fixture.Support);
        var (_, byHash) = await Rig.PostAsync(new { extensions }, fixture.Analyst);

        Assert.Contains(MeshData.Email, registered, StringComparison.Ordinal);
        Assert.Contains("m***@example.com", byHash, StringComparison.Ordinal);
        AssertNoRawValue(byHash);
    }

    [Fact]
    public async Task Get_requests_are_decided_like_posts()
    {
        var (_, control) = await Rig.GetAsync("{ me { salary email } }", fixture.Administrator);
        var (_, analyst) = await Rig.GetAsync("{ me { salary email } }", fixture.Analyst);

        Assert.Contains(MeshData.Salary, control, StringComparison.Ordinal);
        AssertNoRawValue(analyst);
    }

    [Fact]
    public async Task Entities_and_service_are_not_reachable_by_clients()
    {
        var entities = new { query = "{ _entities(representations: [{ __typename: \"User\", id: \"u1\" }]) { ... on User { email salary } } }" };
        var service = new { query = "{ _service { sdl } }" };

        var (_, entitiesBody) = await Rig.PostAsync(entities, fixture.Administrator);
        var (_, serviceBody) = await Rig.PostAsync(service, fixture.Administrator);

        AssertNoRawValue(entitiesBody);
        Assert.Contains("_entities", Messages(entitiesBody), StringComparison.Ordinal);
        Assert.DoesNotContain("\"data\":{", entitiesBody, StringComparison.Ordinal);
        Assert.Contains("_service", Messages(serviceBody), StringComparison.Ordinal);
        Assert.DoesNotContain("@key", serviceBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Introspection_shows_the_schema_but_no_values()
    {
        var (_, body) = await Rig.PostAsync(
            new { query = "{ __type(name: \"User\") { fields { name args { name defaultValue } } } __schema { types { name } } }" },
            fixture.Analyst);

        // Masked fields stay in the analyst's schema; denied ones (salary) are hidden (IntrospectionPerSubjectTests).
        Assert.Contains("\"email\"", body, StringComparison.Ordinal);
        AssertNoRawValue(body);
    }

    [Fact]
    public async Task Reject_mode_refuses_the_whole_operation_and_fetches_nothing()
    {
        var (_, body) = await Rig.PostAsync(new { query = "{ me { id country salary } orders { note } }" }, fixture.Analyst, ("Data-Access-Mode", "reject"));

        AssertNoRawValue(body);
        Assert.Contains("FORBIDDEN_OPERATION", body, StringComparison.Ordinal);
        Assert.Contains("User.salary", body, StringComparison.Ordinal);
        Assert.Contains("Order.note", body, StringComparison.Ordinal);
        Assert.DoesNotContain("\"PT\"", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_purpose_the_token_does_not_carry_is_refused()
    {
        var (_, body) = await Rig.PostAsync(new { query = "{ me { email } }" }, fixture.Analyst, ("Data-Purpose", "support"));

        AssertNoRawValue(body);
        Assert.Contains("PURPOSE_NOT_ALLOWED", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_denied_non_null_field_nulls_its_parent_with_one_error_at_its_path()
    {
        var (_, body) = await Rig.PostAsync(new { query = "{ me { id name } }" });

        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        Assert.Equal(JsonValueKind.Null, root.GetProperty("data").GetProperty("me").ValueKind);
        var error = Assert.Single(root.GetProperty("errors").EnumerateArray());
        Assert.Equal("FORBIDDEN_FIELD", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("[\"me\",\"name\"]", error.GetProperty("path").GetRawText());
        AssertNoRawValue(body, MeshData.Name);
    }

    [Fact]
    public async Task Masked_values_keep_their_types_and_pseudonyms_join()
    {
        var (_, body) = await Rig.PostAsync(new { query = "{ me { email birthDate phone nickname } users { nickname } orders { total } }" }, fixture.Analyst);

        using var document = JsonDocument.Parse(body);
        var data = document.RootElement.GetProperty("data");
        var me = data.GetProperty("me");
        Assert.Equal("m***@example.com", me.GetProperty("email").GetString());
        Assert.Equal("1984-01-01", me.GetProperty("birthDate").GetString());
        Assert.Equal("+0-000-0000-7788", me.GetProperty("phone").GetString());
        Assert.Equal(me.GetProperty("nickname").GetString(), data.GetProperty("users")[0].GetProperty("nickname").GetString());
        Assert.Equal(4300, data.GetProperty("orders")[0].GetProperty("total").GetDouble());
    }

    [Fact]
    public async Task A_grant_for_the_declared_purpose_reveals_the_granted_fields_only()
    {
        var (_, body) = await Rig.PostAsync(new { query = "{ me { email birthDate } }" }, fixture.Support);

        Assert.Contains(MeshData.Email, body, StringComparison.Ordinal);
        Assert.DoesNotContain(MeshData.BirthDate, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_request_is_audited_per_product()
    {
        var before = Rig.AuditLog.Entries.Count;

        await Rig.PostAsync(new { query = "query Audited { orders { total buyer { email } } }" }, fixture.Analyst);

        var entries = Rig.AuditLog.Entries.Skip(before).Where(entry => entry.OperationName == "Audited").ToList();
        Assert.Equal(2, entries.Count);
        var users = Assert.Single(entries, entry => entry.ProductUrn == "urn:dp:people:users");
        Assert.Equal("bi-dashboard", users.ClientId);
        Assert.Equal("analytics", users.Purpose);
        Assert.Equal(["User.email"], users.MaskedFields);
        var orders = Assert.Single(entries, entry => entry.ProductUrn == "urn:dp:sales:orders");
        Assert.Equal(["Order.total"], orders.MaskedFields);
    }

    private static object Body(BypassCase bypass) =>
        new { query = bypass.Query, variables = bypass.Variables, operationName = bypass.OperationName };

    private static void AssertNoRawValue(string body, params string[] more)
    {
        foreach (var value in MeshData.Governed.Concat(more))
        {
            Assert.False(body.Contains(value, StringComparison.Ordinal), $"The raw value '{value}' leaked: {body}");
        }
    }

    private static string Messages(string body)
    {
        using var document = JsonDocument.Parse(body);
        return string.Join("\n", document.RootElement.GetProperty("errors").EnumerateArray().Select(error => error.GetProperty("message").GetString()));
    }
}
