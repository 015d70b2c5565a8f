using EnumType = Gateway.GraphQL.Types.EnumType;
using InputObjectType = Gateway.GraphQL.Types.InputObjectType;
using ObjectType = Gateway.GraphQL.Types.ObjectType;
using Gateway.Security.Policies;
using static Gateway.Security.Tests.Policies.PolicyFixture;

namespace Gateway.Security.Tests.Policies;

public sealed class SubjectIntrospectionTests
{
    private readonly LiveFieldRules _rules = new(Rules);
    private readonly SubjectIntrospection _introspection;

    public SubjectIntrospectionTests() =>
        _introspection = new SubjectIntrospection(new FieldAccessPipeline(new TokenAccessSubjectSource(null), _rules, Key, time: new FixedTime()), Schema);

    [Fact]
    public void A_field_denied_for_every_purpose_is_hidden_and_a_masked_one_keeps_its_type()
    {
        var schema = _introspection.SchemaFor(Subject("analytics"));

        var user = (ObjectType)schema.Types["User"];
        Assert.Null(user.GetField("salary"));
        Assert.Equal("String!", user.GetField("email")!.Type.ToString());
        Assert.Equal("String", user.GetField("avatar")!.Type.ToString());
        Assert.NotNull(((ObjectType)Schema.Types["User"]).GetField("salary"));
    }

    [Fact]
    public void A_purpose_the_subject_could_declare_with_its_grant_keeps_the_field_visible_whatever_it_declared_now()
    {
        var subject = Subject("analytics", [Grant(Users, "support")]) with
        {
            AllowedPurposes = new HashSet<string>(["analytics", "support"], StringComparer.Ordinal),
        };

        var schema = _introspection.SchemaFor(subject);

        Assert.NotNull(((ObjectType)schema.Types["User"]).GetField("salary"));
    }

    [Fact]
    public void Ordering_values_and_filter_keys_naming_only_hidden_fields_go_with_them()
    {
        var schema = _introspection.SchemaFor(AccessSubject.Anonymous);

        Assert.Equal(["EMAIL_DESC"], ((EnumType)schema.Types["UserOrder"]).Values.Keys);
        Assert.Equal(["email", "and", "orders"], ((InputObjectType)schema.Types["UserFilter"]).Fields.Keys);
        Assert.Null(((ObjectType)schema.Types["Order"]).GetField("status"));
    }

    [Fact]
    public void Subjects_with_the_same_roles_purposes_and_grants_share_one_cached_schema_until_the_rules_change()
    {
        var first = _introspection.SchemaFor(Subject("analytics", clientId: "dashboard-1"));
        var second = _introspection.SchemaFor(Subject("analytics", clientId: "dashboard-2"));
        _rules.Publish(FieldRuleSet.FromContracts([(Users, Read(UsersContract))]));
        var afterPublish = _introspection.SchemaFor(Subject("analytics", clientId: "dashboard-1"));

        Assert.Same(first, second);
        Assert.NotSame(first, afterPublish);
        Assert.NotSame(first, _introspection.SchemaFor(Subject("analytics", [Grant(Users, "analytics")])));
    }

    [Fact]
    public void Administrators_see_the_api_schema_itself()
    {
        Assert.Same(Schema, _introspection.SchemaFor(Subject(roles: ["admin"])));
    }

    private sealed class FixedTime : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => Now;
    }
}
