using Gateway.Federation.Execution;
using Gateway.Security.Policies;
using static Gateway.Security.Tests.Policies.PolicyFixture;

namespace Gateway.Security.Tests.Policies;

/// <summary>The rows of the decision table in docs/access-policy.md, one or more tests each.</summary>
public sealed class ContractFieldAccessPolicyTests
{
    private static ContractFieldAccessPolicy Policy(AccessSubject subject) => new(Bound, subject, null, Now);

    private static FieldAccessDecision Decide(AccessSubject subject, string coordinate) => Policy(subject).Decide(coordinate);

    [Fact]
    public void Row_1_a_field_no_contract_names_is_allowed_to_anyone() =>
        Assert.Same(FieldAccessDecision.Allow, Decide(AccessSubject.Anonymous, "Order.id"));

    [Fact]
    public void Row_2_administrators_read_everything_as_it_is()
    {
        var policy = Policy(Subject(roles: ["admin"]));

        Assert.True(policy.AllowsEverything);
        Assert.Same(FieldAccessDecision.Allow, policy.Decide("User.salary"));
    }

    [Fact]
    public void Row_3_public_fields_are_allowed_to_anonymous_requests() =>
        Assert.Same(FieldAccessDecision.Allow, Decide(AccessSubject.Anonymous, "User.country"));

    [Fact]
    public void Row_4_anonymous_requests_get_masks_or_denials_for_everything_not_public()
    {
        Assert.Equal(FieldAccessKind.Mask, Decide(AccessSubject.Anonymous, "User.email").Kind);
        var denied = Decide(AccessSubject.Anonymous, "User.name");
        Assert.Equal(FieldAccessKind.Deny, denied.Kind);
        Assert.Equal("FORBIDDEN_FIELD", denied.ErrorCode);
        Assert.Contains("needs an access token", denied.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Row_5_internal_fields_are_allowed_to_any_authenticated_client() =>
        Assert.Same(FieldAccessDecision.Allow, Decide(Subject(), "User.name"));

    [Fact]
    public void Row_6_governed_fields_need_a_declared_purpose()
    {
        var subject = Subject(grants: [Grant(Users, "support")]);

        Assert.Equal(FieldAccessKind.Mask, Decide(subject, "User.email").Kind);
        var denied = Decide(subject, "User.salary");
        Assert.Equal(FieldAccessKind.Deny, denied.Kind);
        Assert.Contains("Data-Purpose", denied.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Row_7_a_purpose_the_property_does_not_allow_is_not_enough_even_with_a_grant()
    {
        var subject = Subject("analytics", [Grant(Users, "analytics")]);

        Assert.Equal(FieldAccessKind.Mask, Decide(subject, "User.email").Kind);
        Assert.Same(FieldAccessDecision.Allow, Decide(subject, "User.salary"));
        Assert.Equal(FieldAccessKind.Mask, Decide(subject, "User.birthDate").Kind);
    }

    [Fact]
    public void Row_7_a_denial_names_the_purposes_the_contract_allows()
    {
        var denied = Decide(Subject("marketing", [Grant(Orders, "marketing")]), "Order.status");

        Assert.Equal(FieldAccessKind.Deny, denied.Kind);
        Assert.Contains("allows analytics", denied.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Row_8_a_grant_for_the_product_and_the_declared_purpose_allows_the_value()
    {
        var subject = Subject("support", [Grant(Users, "support")]);

        Assert.Same(FieldAccessDecision.Allow, Decide(subject, "User.email"));
        Assert.Same(FieldAccessDecision.Allow, Decide(subject, "User.salary"));
        Assert.Equal(FieldAccessKind.Mask, Decide(subject, "User.birthDate").Kind);
    }

    [Fact]
    public void Row_8_a_contract_role_stands_for_a_grant_but_not_for_the_purpose()
    {
        Assert.Same(FieldAccessDecision.Allow, Decide(Subject("support", roles: ["people-analyst"]), "User.email"));
        Assert.Equal(FieldAccessKind.Mask, Decide(Subject(roles: ["people-analyst"]), "User.email").Kind);
    }

    [Fact]
    public void Row_9_expired_grants_and_grants_for_other_products_or_purposes_do_not_count()
    {
        Assert.Equal(FieldAccessKind.Mask, Decide(Subject("support", [Grant(Users, "support", Now.AddSeconds(-1))]), "User.email").Kind);
        Assert.Equal(FieldAccessKind.Mask, Decide(Subject("support", [Grant(Orders, "support")]), "User.email").Kind);
        Assert.Equal(FieldAccessKind.Mask, Decide(Subject("support", [Grant(Users, "analytics")]), "User.email").Kind);
        Assert.Same(FieldAccessDecision.Allow, Decide(Subject("support", [Grant(Users, "support", Now.AddSeconds(1))]), "User.email"));
    }

    [Fact]
    public void A_mask_keeps_the_fields_type()
    {
        var mask = Decide(AccessSubject.Anonymous, "User.email").Mask!;
        var total = Decide(Subject("analytics"), "Order.total").Mask!;

        Assert.Equal("m***@example.com", mask("maria@example.com"));
        Assert.Equal(120d, total(123.45));
    }

    [Fact]
    public void A_mask_that_cannot_keep_an_enum_type_denies_instead() =>
        Assert.Equal(FieldAccessKind.Deny, Decide(Subject("analytics"), "Order.status").Kind);

    [Fact]
    public void Interface_fields_are_held_to_the_strictest_implementation()
    {
        // Contact.email is User.email (masked with `email`) or Org.email (public): the masks differ, so it is denied.
        Assert.Equal(FieldAccessKind.Deny, Decide(AccessSubject.Anonymous, "Contact.email").Kind);
        Assert.Same(FieldAccessDecision.Allow, Decide(Subject("support", [Grant(Users, "support")]), "Contact.email"));
    }

    [Fact]
    public void A_rule_on_an_interface_field_holds_for_every_implementation()
    {
        var contract = Read("""
            apiVersion: v3.1.0
            kind: DataContract
            id: contacts-contract
            name: Contacts
            version: 1.0.0
            status: active
            schema:
              - name: Contact
                physicalType: graphql-type
                properties:
                  - name: email
                    logicalType: string
                    classification: confidential
                    customProperties:
                      - { property: graphqlCoordinate, value: Contact.email }
            """);
        var rules = FieldRuleSet.FromContracts([(Users, contract)]).Bind(Schema, Key);
        var policy = new ContractFieldAccessPolicy(rules, Subject("analytics"), null, Now);

        Assert.Equal(FieldAccessKind.Deny, policy.Decide("Contact.email").Kind);
        Assert.Equal(FieldAccessKind.Deny, policy.Decide("User.email").Kind);
        Assert.Equal(FieldAccessKind.Deny, policy.Decide("Org.email").Kind);
        Assert.Same(FieldAccessDecision.Allow, policy.Decide("User.name"));
    }

    [Fact]
    public void Coordinates_the_schema_lacks_are_reported_and_ignored() =>
        Assert.Equal(["User.shoeSize"], Bound.UnknownCoordinates);

    [Fact]
    public void Each_coordinate_is_decided_once_per_request()
    {
        var policy = Policy(AccessSubject.Anonymous);

        Assert.Same(policy.Decide("User.name"), policy.Decide("User.name"));
    }

    [Fact]
    public void A_request_whose_coordinates_are_all_allowed_lets_the_shaper_skip_the_policy()
    {
        var allowed = Policy(AccessSubject.Anonymous);
        allowed.DecideAll(["User.id", "User.country", "Order.id"]);
        var restricted = Policy(AccessSubject.Anonymous);
        restricted.DecideAll(["User.id", "User.email"]);

        Assert.True(allowed.AllowsEverything);
        Assert.False(restricted.AllowsEverything);
    }
}
