using Gateway.Federation.Execution;
using Gateway.GraphQL;
using Gateway.GraphQL.Language;
using Gateway.Security.Policies;
using Microsoft.AspNetCore.Http;
using static Gateway.Security.Tests.Policies.PolicyFixture;

namespace Gateway.Security.Tests.Policies;

public sealed class OperationAuthorizerTests
{
    private sealed class FixedSubjects(AccessSubject subject) : IAccessSubjectSource
    {
        public int Calls { get; private set; }

        public AccessSubject Subject { get; set; } = subject;

        public ValueTask<AccessSubject> ResolveAsync(HttpContext context, CancellationToken cancellationToken)
        {
            Calls++;
            return ValueTask.FromResult(Subject);
        }
    }

    private sealed class RecordingAudit : IAccessAuditSink
    {
        public List<AccessAuditEntry> Entries { get; } = [];

        public void Record(AccessAuditEntry entry) => Entries.Add(entry);
    }

    private readonly FixedSubjects _subjects = new(AccessSubject.Anonymous);
    private readonly RecordingAudit _audit = new();
    private readonly OperationAuthorizer _authorizer;

    public OperationAuthorizerTests() =>
        _authorizer = new FieldAccessPipeline(_subjects, new LiveFieldRules(Rules), Key, _audit, time: new FixedTime()).For(Schema);

    private sealed class FixedTime : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => Now;
    }

    private Task<OperationAuthorization> Authorize(string query, IReadOnlyDictionary<string, object?>? variables = null, bool reject = false) =>
        Authorize(Parser.Parse(query), variables, reject);

    private async Task<OperationAuthorization> Authorize(DocumentNode document, IReadOnlyDictionary<string, object?>? variables = null, bool reject = false)
    {
        var context = reject ? Context(null, ("Data-Access-Mode", "reject")) : Context();
        return await _authorizer.AuthorizeAsync(document, null, variables, context, CancellationToken.None);
    }

    private static GraphQLError SingleError(OperationAuthorization authorization, string code)
    {
        Assert.Null(authorization.Policy);
        var error = Assert.Single(authorization.Errors!);
        Assert.Equal(code, error.Extensions!["code"]);
        return error;
    }

    [Fact]
    public async Task An_operation_no_rule_reaches_runs_unrestricted_without_resolving_the_subject()
    {
        var authorization = await Authorize("{ orders { id buyer { orders { id } } } }");

        Assert.Same(OperationAuthorization.Unrestricted, authorization);
        Assert.Equal(0, _subjects.Calls);
        Assert.Empty(_audit.Entries);
    }

    [Fact]
    public async Task An_operation_whose_reachable_fields_are_all_allowed_lets_the_shaper_skip_the_policy()
    {
        var authorization = await Authorize("{ user(id: \"1\") { id country } }");

        Assert.True(authorization.Policy!.AllowsEverything);
    }

    [Theory]
    [InlineData("{ me { ...F } } fragment F on User { salary }")]
    [InlineData("{ me { ... on User { ... { salary } } } }")]
    [InlineData("{ node(id: \"1\") { ... on User { pay: salary } } }")]
    [InlineData("{ search(text: \"a\") { ... on User { salary } } }")]
    [InlineData("{ me { salary @skip(if: true) } }")]
    [InlineData("query($no: Boolean = false) { me { salary @include(if: $no) } }")]
    [InlineData("{ me { orders { buyer { ...F } } } } fragment F on User { id ...G } fragment G on User { salary }")]
    public async Task Reject_mode_refuses_fields_reached_through_any_expansion(string query)
    {
        var error = SingleError(await Authorize(query, reject: true), "FORBIDDEN_OPERATION");

        Assert.Equal(["User.salary"], (string[])error.Extensions!["coordinates"]!);
    }

    [Fact]
    public async Task Reject_mode_counts_every_possible_type_of_an_interface_selection()
    {
        var error = SingleError(await Authorize("{ contacts { email } }", reject: true), "FORBIDDEN_OPERATION");

        Assert.Equal(["Contact.email"], (string[])error.Extensions!["coordinates"]!);
    }

    [Fact]
    public async Task Reject_mode_lets_masked_fields_through()
    {
        var authorization = await Authorize("{ me { email birthDate } }", reject: true);

        Assert.NotNull(authorization.Policy);
    }

    [Fact]
    public async Task Without_reject_mode_denied_fields_are_left_to_the_shaper()
    {
        var authorization = await Authorize("{ me { salary } }");

        Assert.Equal(Federation.Execution.FieldAccessKind.Deny, ((ContractFieldAccessPolicy)authorization.Policy!).Decide("User.salary").Kind);
    }

    [Theory]
    [InlineData("{ me { avatar(size: 10) } }", "User.avatar")]
    [InlineData("{ users(where: { email: { eq: \"maria@example.com\" } }) { id } }", "User.email")]
    [InlineData("{ users(where: { and: [{ and: [] }, { email: { contains: \"@\" } }] }) { id } }", "User.email")]
    [InlineData("{ users(orderBy: EMAIL_DESC) { id } }", "User.email")]
    [InlineData("{ users(orderBy: SALARY) { id } }", "User.salary")]
    [InlineData("{ orders(where: { buyer: { email: { eq: \"a@b.c\" } } }) { id } }", "User.email")]
    [InlineData("{ orders(where: { total: { gt: 100 } }) { id } }", "Order.total")]
    [InlineData("{ users(where: { orders: { total: { gt: 100 } } }) { id } }", "Order.total")]
    [InlineData("query($filter: UserFilter = { email: { eq: \"a\" } }) { users(where: $filter) { id } }", "User.email")]
    public async Task Arguments_and_filters_on_masked_or_denied_fields_are_refused(string query, string coordinate)
    {
        var error = SingleError(await Authorize(query), "FORBIDDEN_ARGUMENT");

        Assert.Contains(coordinate, error.Message, StringComparison.Ordinal);
        Assert.NotEmpty(error.Locations);
    }

    [Fact]
    public async Task Filters_passed_as_variables_are_refused()
    {
        var variables = new Dictionary<string, object?>
        {
            ["filter"] = new Dictionary<string, object?> { ["and"] = new List<object?> { new Dictionary<string, object?> { ["email"] = new Dictionary<string, object?> { ["eq"] = "a" } } } },
        };

        var error = SingleError(await Authorize("query($filter: UserFilter) { users(where: $filter) { id } }", variables), "FORBIDDEN_ARGUMENT");

        Assert.Contains("User.email", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ordering_passed_as_a_variable_is_refused()
    {
        var variables = new Dictionary<string, object?> { ["order"] = "EMAIL_DESC" };

        SingleError(await Authorize("query($order: UserOrder) { users(orderBy: $order) { id } }", variables), "FORBIDDEN_ARGUMENT");
    }

    [Theory]
    [InlineData("{ users(where: { name: { eq: \"x\" } }, orderBy: NAME_ASC, first: 5) { id country } }")]
    [InlineData("{ user(id: \"1\") { country } }")]
    public async Task Filters_on_allowed_fields_pass(string query)
    {
        _subjects.Subject = Subject();

        Assert.NotNull((await Authorize(query)).Policy);
    }

    [Fact]
    public async Task A_grant_for_the_purpose_allows_filtering_on_the_field()
    {
        _subjects.Subject = Subject("support", [Grant(Users, "support")]);

        Assert.NotNull((await Authorize("{ users(where: { email: { eq: \"a\" } }, orderBy: EMAIL_DESC) { email } }")).Policy);
    }

    [Fact]
    public async Task One_cached_document_never_shares_a_decision_between_subjects()
    {
        var document = Parser.Parse("{ me { email } }");
        _subjects.Subject = Subject("support", [Grant(Users, "support")]);
        var granted = (ContractFieldAccessPolicy)(await Authorize(document)).Policy!;
        _subjects.Subject = AccessSubject.Anonymous;
        var anonymous = (ContractFieldAccessPolicy)(await Authorize(document)).Policy!;

        Assert.True(granted.AllowsEverything);
        Assert.Equal(Federation.Execution.FieldAccessKind.Mask, anonymous.Decide("User.email").Kind);
    }

    [Fact]
    public async Task A_refused_purpose_refuses_the_operation()
    {
        var authorizer = new FieldAccessPipeline(new TokenAccessSubjectSource(null), new LiveFieldRules(Rules), Key).For(Schema);
        var context = Context(Claims("desk", ["support"]), ("Data-Purpose", "marketing"));

        var authorization = await authorizer.AuthorizeAsync(Parser.Parse("{ me { email } }"), null, null, context, CancellationToken.None);

        SingleError(authorization, "PURPOSE_NOT_ALLOWED");
    }

    [Fact]
    public async Task Newly_published_rules_apply_to_the_next_request()
    {
        var live = new LiveFieldRules();
        var authorizer = new FieldAccessPipeline(_subjects, live, Key).For(Schema);
        var document = Parser.Parse("{ me { salary } }");

        var before = await authorizer.AuthorizeAsync(document, null, null, Context(), CancellationToken.None);
        live.Publish(Rules);
        var after = await authorizer.AuthorizeAsync(document, null, null, Context(), CancellationToken.None);

        Assert.Same(OperationAuthorization.Unrestricted, before);
        Assert.False(after.Policy!.AllowsEverything);
    }

    [Fact]
    public async Task One_audit_entry_is_recorded_per_product_read()
    {
        _subjects.Subject = Subject("analytics", [Grant(Orders, "analytics")], clientId: "bi");

        await Authorize("query Report { me { id email salary orders { total status } } }");

        Assert.Equal(2, _audit.Entries.Count);
        var users = Assert.Single(_audit.Entries, entry => entry.ProductUrn == Users.ToString());
        Assert.Equal("bi", users.ClientId);
        Assert.Equal("analytics", users.Purpose);
        Assert.Equal("Report", users.OperationName);
        Assert.Equal(["User.id"], users.AllowedFields);
        Assert.Equal(["User.email"], users.MaskedFields);
        Assert.Equal(["User.salary"], users.DeniedFields);
        Assert.False(users.Rejected);
        var orders = Assert.Single(_audit.Entries, entry => entry.ProductUrn == Orders.ToString());
        Assert.Equal(["Order.total", "Order.status"], orders.AllowedFields);
        Assert.Empty(orders.DeniedFields);
    }

    [Fact]
    public async Task A_refused_operation_is_audited_as_rejected()
    {
        await Authorize("{ users(orderBy: SALARY) { id } }");

        Assert.True(Assert.Single(_audit.Entries).Rejected);
    }

    [Fact]
    public async Task Decisions_are_reused_for_a_subject_of_the_same_shape_and_never_given_to_a_subject_of_another()
    {
        var document = Parser.Parse("query Profile { me { email salary } }");
        (AccessSubject Subject, FieldAccessKind Email, FieldAccessKind Salary)[] shapes =
        [
            (Subject("support", [Grant(Users, "support")]), FieldAccessKind.Allow, FieldAccessKind.Allow),
            (Subject("analytics", [Grant(Users, "support")]), FieldAccessKind.Mask, FieldAccessKind.Deny),
            (Subject("analytics", [Grant(Users, "analytics")]), FieldAccessKind.Mask, FieldAccessKind.Allow),
            (Subject("support"), FieldAccessKind.Mask, FieldAccessKind.Deny),
            (Subject("support", roles: ["people-analyst"]), FieldAccessKind.Allow, FieldAccessKind.Allow),
            (Subject("support", [Grant(Users, "support", Now.AddMinutes(-1))]), FieldAccessKind.Mask, FieldAccessKind.Deny),
            (AccessSubject.Anonymous, FieldAccessKind.Mask, FieldAccessKind.Deny),
        ];

        var first = new IFieldAccessPolicy[shapes.Length];
        for (var round = 0; round < 2; round++)
        {
            for (var i = 0; i < shapes.Length; i++)
            {
                _subjects.Subject = shapes[i].Subject;
                var policy = (ContractFieldAccessPolicy)(await Authorize(document)).Policy!;

                Assert.Equal(shapes[i].Email, policy.Decide("User.email").Kind);
                Assert.Equal(shapes[i].Salary, policy.Decide("User.salary").Kind);
                if (round == 0)
                {
                    first[i] = policy;
                }
                else
                {
                    Assert.Same(first[i], policy);
                }
            }
        }

        // Another client of the same shape shares the decisions; its audit entry is its own.
        _subjects.Subject = Subject("support", [Grant(Users, "support")], clientId: "desk");
        Assert.Same(first[0], (await Authorize(document)).Policy);
        Assert.Equal("desk", _audit.Entries[^1].ClientId);
        Assert.Equal(["User.email", "User.salary"], _audit.Entries[^1].AllowedFields);
        Assert.Equal("analytics-app", _audit.Entries[0].ClientId);
        Assert.Null(_audit.Entries[^2].ClientId);
    }

    [Fact]
    public async Task A_shared_policy_names_a_subject_equal_to_the_request_s_in_all_but_the_client()
    {
        // Same decisions (the declared purpose is the same), different declarable purposes: introspection per subject
        // reads those from the policy's subject, so the two requests do not share one.
        var document = Parser.Parse("{ me { email } }");
        var narrow = Subject("support", [Grant(Users, "support")]);
        var wide = narrow with { AllowedPurposes = new HashSet<string>(["support", "analytics"], StringComparer.Ordinal) };

        _subjects.Subject = narrow;
        var first = (ContractFieldAccessPolicy)(await Authorize(document)).Policy!;
        _subjects.Subject = wide;
        var second = (ContractFieldAccessPolicy)(await Authorize(document)).Policy!;

        Assert.NotSame(first, second);
        Assert.Same(narrow, first.Subject);
        Assert.Same(wide, second.Subject);
    }

    [Fact]
    public async Task A_newly_published_rule_set_replaces_the_decisions_made_under_the_old_one()
    {
        var live = new LiveFieldRules(Rules);
        var authorizer = new FieldAccessPipeline(_subjects, live, Key).For(Schema);
        var document = Parser.Parse("{ me { email } }");
        var redacting = FieldRuleSet.FromContracts(
            [(Users, Read(UsersContract.Replace("{ property: mask, value: email }", "{ property: mask, value: redact }", StringComparison.Ordinal)))]);

        var before = (ContractFieldAccessPolicy)(await authorizer.AuthorizeAsync(document, null, null, Context(), CancellationToken.None)).Policy!;
        live.Publish(redacting);
        var after = (ContractFieldAccessPolicy)(await authorizer.AuthorizeAsync(document, null, null, Context(), CancellationToken.None)).Policy!;

        Assert.Equal("m***@example.com", before.Decide("User.email").Mask!("maria@example.com"));
        Assert.Equal("xxxxx@xxxxxxx.xxx", after.Decide("User.email").Mask!("maria@example.com"));
    }

    [Fact]
    public async Task Decisions_that_counted_a_grant_are_made_again_once_it_expires()
    {
        var clock = new ManualClock(Now);
        var authorizer = new FieldAccessPipeline(_subjects, new LiveFieldRules(Rules), Key, time: clock).For(Schema);
        var document = Parser.Parse("{ me { email } }");
        _subjects.Subject = Subject("support", [Grant(Users, "support", Now.AddMinutes(5))]);

        var granted = (await authorizer.AuthorizeAsync(document, null, null, Context(), CancellationToken.None)).Policy!;
        clock.Advance(TimeSpan.FromMinutes(5));
        var expired = (ContractFieldAccessPolicy)(await authorizer.AuthorizeAsync(document, null, null, Context(), CancellationToken.None)).Policy!;

        Assert.True(granted.AllowsEverything);
        Assert.Equal(FieldAccessKind.Mask, expired.Decide("User.email").Kind);
    }
}
