using Gateway.Catalog.Governance;
using static Gateway.Catalog.Tests.Governance.GovernanceFixtures;

namespace Gateway.Catalog.Tests.Governance;

public sealed class BuiltInRuleTests
{
    [Fact]
    public void A_complete_product_passes_every_built_in_rule()
    {
        Assert.Empty(Check(Descriptor, Contract, Sdl));
    }

    [Fact]
    public void The_built_in_rules_have_stable_ids_and_report_errors_by_default()
    {
        Assert.Equal(
            ["owner-present", "description-present", "properties-classified", "personal-data-protected", "sla-present",
             "terms-of-use-present", "support-channel-present", "coordinates-exist", "fields-in-contract"],
            GovernanceRuleSet.Default.Rules.Select(r => r.Id));
        Assert.All(GovernanceRuleSet.Default.Rules, r => Assert.False(string.IsNullOrWhiteSpace(r.Description)));
        Assert.All(GovernanceRuleSet.Default.Rules, r => Assert.Equal(
            r.Id == "fields-in-contract" ? GovernanceSeverity.Warning : GovernanceSeverity.Error, ((GovernanceRule)r).Severity));
    }

    [Fact]
    public void A_product_without_an_owner_fails_owner_present()
    {
        var finding = Single(
            Edit(Descriptor, "role: owner", "role: engineer"),
            Edit(Contract, "role: owner", "role: engineer"),
            Sdl);

        Assert.Equal(("owner-present", "team", GovernanceSeverity.Error), (finding.RuleId, finding.Location, finding.Severity));
    }

    [Fact]
    public void An_owner_in_the_contract_alone_satisfies_owner_present()
    {
        Assert.Empty(Check(Edit(Descriptor, "role: owner", "role: engineer"), Contract, Sdl));
    }

    [Fact]
    public void A_product_without_a_purpose_fails_description_present()
    {
        var finding = Single(
            Edit(Descriptor, "  purpose: Every registered customer of the shop.\n", ""),
            Edit(Contract, "  purpose: Registered customers.\n", ""),
            Sdl);

        Assert.Equal(("description-present", "description.purpose"), (finding.RuleId, finding.Location));
    }

    [Fact]
    public void An_unclassified_property_fails_properties_classified_at_its_location()
    {
        var finding = Single(Descriptor, Edit(Contract, "        classification: public\n      - name: country", "      - name: country"), Sdl);

        Assert.Equal(("properties-classified", "schema[Address].properties[city]"), (finding.RuleId, finding.Location));
        Assert.Contains("public, internal, confidential, restricted", finding.Message);
    }

    [Theory]
    [InlineData("classification: confidential", "classification confidential")]
    [InlineData("classification: restricted", "classification restricted")]
    [InlineData("classification: internal\n        criticalDataElement: true", "criticalDataElement")]
    [InlineData("classification: internal\n        tags: [pii]", "marked personal data")]
    [InlineData("classification: internal\n        customProperties:\n          - property: personalData\n            value: true", "marked personal data")]
    public void Personal_data_neither_masked_nor_purpose_restricted_fails_personal_data_protected(string marking, string why)
    {
        var contract = Unrestricted(Edit(Contract, "classification: public\n      - name: country", marking + "\n      - name: country"));

        var finding = Assert.Single(Check(Descriptor, contract, Sdl));

        Assert.Equal(("personal-data-protected", "schema[Address].properties[city]"), (finding.RuleId, finding.Location));
        Assert.Contains(why, finding.Message);
    }

    [Fact]
    public void Personal_data_is_protected_by_a_mask_its_own_purposes_or_the_contracts()
    {
        var personal = Edit(Contract, "classification: public\n      - name: country", "classification: restricted\n      - name: country");
        var masked = Unrestricted(Edit(personal, "classification: restricted\n      - name: country",
            "classification: restricted\n        customProperties:\n          - property: mask\n            value: redact\n      - name: country"));
        var ownPurposes = Unrestricted(Edit(personal, "classification: restricted\n      - name: country",
            "classification: restricted\n        customProperties:\n          - property: allowedPurposes\n            value: [support]\n      - name: country"));

        Assert.Empty(Check(Descriptor, personal, Sdl));
        Assert.Empty(Check(Descriptor, masked, Sdl));
        Assert.Empty(Check(Descriptor, ownPurposes, Sdl));
    }

    [Fact]
    public void A_contract_without_service_levels_fails_sla_present()
    {
        var contract = Edit(Edit(Edit(Contract, "  - property: latency\n    value: 1\n    unit: d\n", ""), "  - property: availability\n    value: 99.9\n", ""),
            "slaProperties:\n  - property: retention\n    value: 3\n    unit: y\n", "");

        var finding = Assert.Single(Check(Descriptor, contract, Sdl));

        Assert.Equal(("sla-present", "slaProperties"), (finding.RuleId, finding.Location));
    }

    [Fact]
    public void A_product_without_a_contract_fails_sla_present_and_nothing_else()
    {
        var finding = Assert.Single(Check(Descriptor, null, Sdl));

        Assert.Equal(("sla-present", "contract"), (finding.RuleId, finding.Location));
    }

    [Fact]
    public void A_product_without_terms_of_use_fails_terms_of_use_present()
    {
        var descriptor = Edit(Edit(Descriptor, "  usage: Support and analytics.\n", ""), "  limitations: Not for marketing.\n", "");
        var contract = Edit(Edit(Contract, "  usage: Customer support and analytics.\n", ""), "  limitations: Personal data only for the purposes listed per field.\n", "");

        var finding = Assert.Single(Check(descriptor, contract, Sdl));

        Assert.Equal(("terms-of-use-present", "description.usage"), (finding.RuleId, finding.Location));
    }

    [Fact]
    public void Limitations_alone_are_terms_of_use()
    {
        var descriptor = Edit(Descriptor, "  usage: Support and analytics.\n", "");
        var contract = Edit(Contract, "  usage: Customer support and analytics.\n", "");

        Assert.Empty(Check(descriptor, contract, Sdl));
    }

    [Fact]
    public void A_product_without_a_support_channel_or_team_name_fails_support_channel_present()
    {
        var noSupport = Check(Edit(Descriptor, "support:\n  - channel: \"#crm-data\"\n    url: https://chat.example.com/channels/crm-data\n    tool: slack\n", ""), Contract, Sdl);
        var noTeam = Check(Edit(Descriptor, "  name: crm-data\n", ""), Edit(Contract, "  name: crm-data\n", ""), Sdl);

        Assert.Equal(("support-channel-present", "support"), (Assert.Single(noSupport).RuleId, noSupport[0].Location));
        Assert.Equal(("support-channel-present", "team.name"), (Assert.Single(noTeam).RuleId, noTeam[0].Location));
    }

    [Fact]
    public void A_coordinate_the_subgraph_does_not_define_fails_coordinates_exist()
    {
        var finding = Assert.Single(Check(Descriptor, Contract, Edit(Sdl, "  lifetimeValue: Float\n", "")));

        Assert.Equal(("coordinates-exist", "schema[Customer].properties[lifetimeValue].graphqlCoordinate"), (finding.RuleId, finding.Location));
        Assert.Contains("Customer.lifetimeValue", finding.Message);
    }

    [Fact]
    public void A_served_field_no_contract_property_names_is_a_fields_in_contract_warning()
    {
        var sdl = Edit(Sdl, "  lifetimeValue: Float\n", "  lifetimeValue: Float\n  nickname: String\n");

        var finding = Assert.Single(Check(Descriptor, Contract, sdl));

        Assert.Equal(("fields-in-contract", "Customer.nickname", GovernanceSeverity.Warning), (finding.RuleId, finding.Location, finding.Severity));
    }

    [Fact]
    public void Root_key_external_and_inaccessible_fields_need_no_contract_property()
    {
        var sdl = Edit(Sdl, "customer(id: ID!): Customer", "customer(id: ID!): Customer\n  customers: [Customer!]!")
            + "\ntype Shipment @key(fields: \"orderId carrier { code }\") {\n  orderId: ID!\n  carrier: Carrier!\n}\n\ntype Carrier @key(fields: \"code\") {\n  code: String!\n}\n";

        Assert.Empty(Check(Descriptor, Contract, sdl));
    }

    [Fact]
    public void Coordinates_are_not_checked_without_an_sdl_and_an_unreadable_sdl_is_a_finding()
    {
        Assert.Empty(Check(Descriptor, Contract, null));

        var finding = Assert.Single(Check(Descriptor, Contract, "type Query {"));
        Assert.Equal(("coordinates-exist", "subgraph"), (finding.RuleId, finding.Location));
    }

    [Fact]
    public void Every_failing_rule_reports_at_once()
    {
        var findings = Check(Edit(Descriptor, "role: owner", "role: engineer"), null, Sdl);

        Assert.Equal(["owner-present", "sla-present"], findings.Select(f => f.RuleId));
    }

    private static GovernanceFinding Single(string descriptor, string contract, string sdl) =>
        Assert.Single(Check(descriptor, contract, sdl));

    /// <summary>The contract without its contract-wide allowed purposes.</summary>
    private static string Unrestricted(string contract) =>
        Edit(contract, "customProperties:\n  - property: allowedPurposes\n    value: [support, analytics, fraud-detection]", "");
}
