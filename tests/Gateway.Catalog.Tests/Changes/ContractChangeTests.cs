using Gateway.Catalog.Changes;
using Gateway.Catalog.Model;
using static Gateway.Catalog.Tests.Changes.ChangeFixtures;

namespace Gateway.Catalog.Tests.Changes;

public sealed class ContractChangeTests
{
    private const string SignedUpAt = """
              - name: signedUpAt
                logicalType: timestamp
                classification: internal
                description: When the customer registered.
                customProperties:
                  - property: graphqlCoordinate
                    value: Customer.signedUpAt

        """;

    private const string Address = """
          - name: Address
            properties:
              - name: city
                logicalType: string
                classification: public
              - name: country
                logicalType: string

        """;

    private const string RowCount = """
            quality:
              - id: row-count
                type: library
                metric: rowCount
                mustBeGreaterThan: 100

        """;

    private const string Mask = """
                  - property: mask
                    value: showLast(4)

        """;

    private const string Retention = """
          - property: retention
            value: 3
            unit: y

        """;

    private const string Role = """
        roles:
          - role: crm-analyst
            access: read

        """;

    /// <summary>Name, text found in the published contract, its replacement in the candidate, and the change expected.</summary>
    public static TheoryData<string, string, string, string, ChangeSeverity, string, VersionBump> Cases => new()
    {
        // Breaking: a new major version.
        { "property removed", SignedUpAt, "", "PROPERTY_REMOVED", ChangeSeverity.Breaking, "schema[Customer].properties[signedUpAt]", VersionBump.Major },
        { "schema object removed", Address, "", "SCHEMA_OBJECT_REMOVED", ChangeSeverity.Breaking, "schema[Address]", VersionBump.Major },
        { "logical type changed", "logicalType: timestamp", "logicalType: string", "LOGICAL_TYPE_CHANGED", ChangeSeverity.Breaking, "schema[Customer].properties[signedUpAt].logicalType", VersionBump.Major },
        { "required relaxed", "required: true", "required: false", "REQUIRED_RELAXED", ChangeSeverity.Breaking, "schema[Customer].properties[id].required", VersionBump.Major },
        { "required tightened", "logicalType: timestamp\n", "logicalType: timestamp\n        required: true\n", "REQUIRED_TIGHTENED", ChangeSeverity.Breaking, "schema[Customer].properties[signedUpAt].required", VersionBump.Major },
        { "unique dropped", "unique: true", "unique: false", "UNIQUE_CHANGED", ChangeSeverity.Breaking, "schema[Customer].properties[id].unique", VersionBump.Major },
        { "primary key dropped", "primaryKey: true", "primaryKey: false", "PRIMARY_KEY_CHANGED", ChangeSeverity.Breaking, "schema[Customer].properties[id].primaryKey", VersionBump.Major },
        { "classification weakened", "classification: restricted", "classification: internal", "CLASSIFICATION_WEAKENED", ChangeSeverity.Breaking, "schema[Customer].properties[email].classification", VersionBump.Major },
        { "classification removed", "        classification: confidential\n", "", "CLASSIFICATION_WEAKENED", ChangeSeverity.Breaking, "schema[Customer].properties[lifetimeValue].classification", VersionBump.Major },
        { "critical data element dropped", "criticalDataElement: true", "criticalDataElement: false", "CRITICAL_DATA_ELEMENT_REMOVED", ChangeSeverity.Breaking, "schema[Customer].properties[email].criticalDataElement", VersionBump.Major },
        { "pii tag dropped", "tags: [pii]", "tags: [contact]", "PERSONAL_DATA_UNMARKED", ChangeSeverity.Breaking, "schema[Customer].properties[email].personalData", VersionBump.Major },
        { "mask removed", Mask, "", "MASK_REMOVED", ChangeSeverity.Breaking, "schema[Customer].properties[email].mask", VersionBump.Major },
        { "mask shows more characters", "showLast(4)", "showLast(6)", "MASK_WEAKENED", ChangeSeverity.Breaking, "schema[Customer].properties[email].mask", VersionBump.Major },
        { "mask range narrowed", "numericRange(100)", "numericRange(10)", "MASK_WEAKENED", ChangeSeverity.Breaking, "schema[Customer].properties[lifetimeValue].mask", VersionBump.Major },
        { "mask that reveals less", "showLast(4)", "redact", "MASK_TIGHTENED", ChangeSeverity.Dangerous, "schema[Customer].properties[email].mask", VersionBump.Minor },
        { "mask of another kind", "showLast(4)", "email", "MASK_CHANGED", ChangeSeverity.Breaking, "schema[Customer].properties[email].mask", VersionBump.Major },
        { "property purposes widened", "value: [support, fraud-detection]", "value: [support, fraud-detection, marketing]", "PURPOSES_WIDENED", ChangeSeverity.Breaking, "schema[Customer].properties[email].allowedPurposes", VersionBump.Major },
        { "contract purposes widened", "value: [support, analytics, fraud-detection]", "value: [support, analytics, fraud-detection, marketing]", "PURPOSES_WIDENED", ChangeSeverity.Breaking, "customProperties.allowedPurposes", VersionBump.Major },
        { "quality rule removed", RowCount, "", "QUALITY_RULE_REMOVED", ChangeSeverity.Breaking, "schema[Customer].quality[row-count]", VersionBump.Major },
        { "quality threshold loosened", "mustBeGreaterThan: 100", "mustBeGreaterThan: 10", "QUALITY_RULE_WEAKENED", ChangeSeverity.Breaking, "schema[Customer].quality[row-count]", VersionBump.Major },
        { "sla removed", Retention, "", "SLA_REMOVED", ChangeSeverity.Breaking, "slaProperties[retention]", VersionBump.Major },
        { "availability lowered", "value: 99.9", "value: 99.5", "SLA_WEAKENED", ChangeSeverity.Breaking, "slaProperties[availability]", VersionBump.Major },
        { "latency raised in other units", "value: 1\n    unit: d", "value: 36\n    unit: h", "SLA_WEAKENED", ChangeSeverity.Breaking, "slaProperties[latency]", VersionBump.Major },
        { "coordinate changed", "value: Customer.signedUpAt", "value: Customer.registeredAt", "COORDINATE_CHANGED", ChangeSeverity.Breaking, "schema[Customer].properties[signedUpAt].graphqlCoordinate", VersionBump.Major },
        { "contract id changed", "id: customers-contract", "id: clients-contract", "CONTRACT_ID_CHANGED", ChangeSeverity.Breaking, "id", VersionBump.Major },

        // Dangerous: a new minor version at least.
        { "classification raised", "classification: public", "classification: internal", "CLASSIFICATION_RAISED", ChangeSeverity.Dangerous, "schema[Address].properties[city].classification", VersionBump.Minor },
        { "classification added", "name: country\n        logicalType: string\n", "name: country\n        logicalType: string\n        classification: internal\n", "CLASSIFICATION_ADDED", ChangeSeverity.Dangerous, "schema[Address].properties[country].classification", VersionBump.Minor },
        { "mask added", "value: Customer.signedUpAt\n", "value: Customer.signedUpAt\n          - property: mask\n            value: dateToYear\n", "MASK_ADDED", ChangeSeverity.Dangerous, "schema[Customer].properties[signedUpAt].mask", VersionBump.Minor },
        { "purposes narrowed", "value: [support, fraud-detection]", "value: [support]", "PURPOSES_NARROWED", ChangeSeverity.Dangerous, "schema[Customer].properties[email].allowedPurposes", VersionBump.Minor },
        { "critical data element added", "classification: confidential", "classification: confidential\n        criticalDataElement: true", "CRITICAL_DATA_ELEMENT_ADDED", ChangeSeverity.Dangerous, "schema[Customer].properties[lifetimeValue].criticalDataElement", VersionBump.Minor },
        { "pii tag added", "classification: public", "classification: public\n        tags: [pii]", "PERSONAL_DATA_MARKED", ChangeSeverity.Dangerous, "schema[Address].properties[city].personalData", VersionBump.Minor },
        { "coordinate added", "name: country\n        logicalType: string\n", "name: country\n        logicalType: string\n        customProperties:\n          - property: graphqlCoordinate\n            value: Address.country\n", "COORDINATE_ADDED", ChangeSeverity.Dangerous, "schema[Address].properties[country].graphqlCoordinate", VersionBump.Minor },
        { "quality rule changed", "mustBe: 0", "mustBe: 1", "QUALITY_RULE_CHANGED", ChangeSeverity.Dangerous, "schema[Customer].properties[lifetimeValue].quality[library:nullValues]", VersionBump.Minor },
        { "sla value of another kind", "value: 99.9", "value: high", "SLA_CHANGED", ChangeSeverity.Dangerous, "slaProperties[availability]", VersionBump.Minor },
        { "role removed", Role, "", "ROLE_REMOVED", ChangeSeverity.Dangerous, "roles[crm-analyst]", VersionBump.Minor },
        { "physical type changed", "varchar(200)", "text", "PHYSICAL_TYPE_CHANGED", ChangeSeverity.Dangerous, "schema[Customer].properties[email].physicalType", VersionBump.Minor },

        // Additions: a new minor version.
        { "property added", "name: country\n", "name: country\n        logicalType: string\n      - name: postcode\n", "PROPERTY_ADDED", ChangeSeverity.Safe, "schema[Address].properties[postcode]", VersionBump.Minor },
        { "schema object added", "slaProperties:", "  - name: Preference\n    properties:\n      - name: channel\n        logicalType: string\n        classification: internal\nslaProperties:", "SCHEMA_OBJECT_ADDED", ChangeSeverity.Safe, "schema[Preference]", VersionBump.Minor },
        { "quality rule added", "classification: public", "classification: public\n        quality:\n          - metric: nullValues\n            mustBe: 0", "QUALITY_RULE_ADDED", ChangeSeverity.Safe, "schema[Address].properties[city].quality[library:nullValues]", VersionBump.Minor },
        { "sla added", Retention, Retention + "  - property: timeToRepair\n    value: 4\n    unit: h\n", "SLA_ADDED", ChangeSeverity.Safe, "slaProperties[timeToRepair]", VersionBump.Minor },
        { "latency lowered", "value: 1\n    unit: d", "value: 12\n    unit: h", "SLA_STRENGTHENED", ChangeSeverity.Safe, "slaProperties[latency]", VersionBump.Minor },
        { "role added", Role, Role + "  - role: crm-admin\n    access: write\n", "ROLE_ADDED", ChangeSeverity.Safe, "roles[crm-admin]", VersionBump.Minor },

        // Documentation: a new patch version.
        { "description changed", "description: When the customer registered.", "description: When the customer signed up.", "DESCRIPTION_CHANGED", ChangeSeverity.Safe, "schema[Customer].properties[signedUpAt].description", VersionBump.Patch },
        { "tags changed", "tags: [customers]", "tags: [customers, crm]", "TAGS_CHANGED", ChangeSeverity.Safe, "tags", VersionBump.Patch },
        { "terms of use changed", "usage: Customer support and analytics.", "usage: Customer support only.", "TERMS_CHANGED", ChangeSeverity.Safe, "description.usage", VersionBump.Patch },
        { "business name added", "description: When the customer registered.", "description: When the customer registered.\n        businessName: Sign-up date", "BUSINESS_NAME_CHANGED", ChangeSeverity.Safe, "schema[Customer].properties[signedUpAt].businessName", VersionBump.Patch },
        { "glossary term linked", "value: Customer.signedUpAt\n", "value: Customer.signedUpAt\n          - property: glossaryTerms\n            value: [Customer]\n", "GLOSSARY_TERMS_CHANGED", ChangeSeverity.Safe, "schema[Customer].properties[signedUpAt].glossaryTerms", VersionBump.Patch },
        { "support channel added", "roles:", "support:\n  - channel: \"#crm-data\"\n    tool: slack\nroles:", "SUPPORT_CHANGED", ChangeSeverity.Safe, "support", VersionBump.Patch },
        { "team changed", "username: ana@example.com", "username: bo@example.com", "TEAM_CHANGED", ChangeSeverity.Safe, "team", VersionBump.Patch },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_contract_change_has_its_code_severity_location_and_bump(
        string name, string find, string replace, string code, ChangeSeverity severity, string location, VersionBump bump)
    {
        var published = ReadContract(Contract);
        var candidate = ReadContract(Edit(Contract, find, replace));

        var report = Analyze(published, candidate);

        var change = Assert.Single(report.Changes, c => c.Code == code);
        Assert.Equal(ChangeArea.Contract, change.Area);
        Assert.Equal(severity, change.Severity);
        Assert.Equal(location, change.Location);
        Assert.Equal(bump, report.RequiredBump);
        Assert.False(string.IsNullOrWhiteSpace(change.Message), name);
    }

    [Fact]
    public void An_unchanged_contract_has_no_changes()
    {
        var report = Analyze(ReadContract(Contract), ReadContract(Contract));

        Assert.Empty(report.Changes);
        Assert.Equal(VersionBump.None, report.RequiredBump);
    }

    [Fact]
    public void A_removed_property_is_one_change_not_one_per_attribute()
    {
        var report = Analyze(ReadContract(Contract), ReadContract(Edit(Contract, SignedUpAt, "")));

        Assert.Equal("PROPERTY_REMOVED", Assert.Single(report.Changes).Code);
    }

    [Fact]
    public void Dropping_a_propertys_own_purposes_widens_them_to_the_contracts()
    {
        var candidate = Edit(Contract, "          - property: allowedPurposes\n            value: [support, fraud-detection]\n", "");

        var report = Analyze(ReadContract(Contract), ReadContract(candidate));

        var change = Assert.Single(report.Changes);
        Assert.Equal("PURPOSES_WIDENED", change.Code);
        Assert.Contains("analytics", change.Message);
    }

    [Fact]
    public void Nested_properties_and_array_items_are_compared_at_their_own_locations()
    {
        const string published = """
            apiVersion: v3.1.0
            kind: DataContract
            id: c1
            version: 1.0.0
            status: active
            schema:
              - name: Customer
                properties:
                  - name: address
                    logicalType: object
                    properties:
                      - name: street
                        logicalType: string
                        classification: restricted
                      - name: city
                        logicalType: string
                  - name: phones
                    logicalType: array
                    items:
                      name: phone
                      logicalType: string
                      classification: confidential
            """;
        var candidate = Edit(Edit(published, "classification: restricted", "classification: public"), "classification: confidential", "classification: internal");

        var report = Analyze(ReadContract(published), ReadContract(Edit(candidate, "          - name: city\n            logicalType: string\n", "")));

        Assert.Equal(
            [
                ("CLASSIFICATION_WEAKENED", "schema[Customer].properties[address].properties[street].classification"),
                ("PROPERTY_REMOVED", "schema[Customer].properties[address].properties[city]"),
                ("CLASSIFICATION_WEAKENED", "schema[Customer].properties[phones].items.classification"),
            ],
            report.Changes.Select(c => (c.Code, c.Location)));
    }

    [Fact]
    public void Quality_rules_measuring_the_same_thing_are_told_apart_by_their_order()
    {
        var published = Edit(Contract, "mustBe: 0\n", "mustBe: 0\n          - metric: nullValues\n            mustBeLessThan: 5\n");
        var candidate = Edit(published, "mustBeLessThan: 5", "mustBeLessThan: 50");

        var change = Assert.Single(Analyze(ReadContract(published), ReadContract(candidate)).Changes);

        Assert.Equal(("QUALITY_RULE_WEAKENED", "schema[Customer].properties[lifetimeValue].quality[library:nullValues#2]"), (change.Code, change.Location));
    }

    [Fact]
    public void A_contract_removed_from_the_product_is_breaking_and_one_added_is_minor()
    {
        var removed = ProductChangeAnalyzer.Analyze(State("1.0.0", ReadContract(Contract)), State("2.0.0", null));
        var added = ProductChangeAnalyzer.Analyze(State("1.0.0", null), State("1.1.0", ReadContract(Contract)));

        Assert.Equal("CONTRACT_REMOVED", Assert.Single(removed.Changes).Code);
        Assert.Equal(VersionBump.Major, removed.RequiredBump);
        Assert.Equal("CONTRACT_ADDED", Assert.Single(added.Changes).Code);
        Assert.Equal(VersionBump.Minor, added.RequiredBump);
    }

    [Fact]
    public void Every_code_the_table_lists_is_unique_and_cites_its_source()
    {
        var codes = new HashSet<string>();
        foreach (var rule in ContractChangeRules.All)
        {
            Assert.True(codes.Add(rule.Code), rule.Code);
            Assert.False(string.IsNullOrWhiteSpace(rule.Source), rule.Code);
            Assert.Equal(rule.Severity switch { ChangeSeverity.Breaking => VersionBump.Major, _ => rule.Bump }, rule.Bump);
            Assert.True(rule.Severity != ChangeSeverity.Dangerous || rule.Bump == VersionBump.Minor, rule.Code);
        }
    }

    private static ChangeReport Analyze(Gateway.Catalog.Documents.Contracts.DataContract published, Gateway.Catalog.Documents.Contracts.DataContract candidate) =>
        ProductChangeAnalyzer.Analyze(State("1.0.0", published), State("9.0.0", candidate));

    private static ProductState State(string version, Gateway.Catalog.Documents.Contracts.DataContract? contract) =>
        new(SemanticVersion.Parse(version), contract, null);
}
