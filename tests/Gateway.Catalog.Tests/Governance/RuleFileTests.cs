using Gateway.Catalog.Governance;
using static Gateway.Catalog.Tests.Governance.GovernanceFixtures;

namespace Gateway.Catalog.Tests.Governance;

public sealed class RuleFileTests
{
    private static readonly string Example = Path.Combine(AppContext.BaseDirectory, "examples", "governance", "rules.yaml");

    [Fact]
    public void The_example_rule_file_adjusts_built_in_rules_and_adds_its_own()
    {
        var rules = GovernanceRuleSet.Load(Example);

        Assert.Equal(14, rules.Rules.Count);
        var noSupport = Check(Edit(Descriptor, "support:\n  - channel: \"#crm-data\"\n    url: https://chat.example.com/channels/crm-data\n    tool: slack\n", ""), Contract, Sdl, rules);

        Assert.Contains(noSupport, f => f is { RuleId: "support-channel-present", Severity: GovernanceSeverity.Warning });
        Assert.Equal(
            ["schema[Customer].properties[email]", "schema[Customer].properties[lifetimeValue]"],
            noSupport.Where(f => f.RuleId == "personal-data-has-glossary-term").Select(f => f.Location));
        Assert.All(noSupport, f => Assert.Equal(GovernanceSeverity.Warning, f.Severity));
        Assert.False(GovernanceRuleSet.HasErrors(noSupport));
        Assert.True(GovernanceRuleSet.HasErrors(Check(Edit(Descriptor, "tags: [customers]\n", ""), Contract, Sdl, rules)));
    }

    [Fact]
    public void A_built_in_rule_turned_off_no_longer_runs()
    {
        var rules = GovernanceRuleSet.Parse("rules.yaml", "version: 1\nbuiltIn:\n  sla-present: off\n");

        Assert.Null(rules.Find("sla-present"));
        Assert.Empty(Check(Descriptor, null, Sdl, rules));
        Assert.Single(Check(Descriptor, null, Sdl));
    }

    [Fact]
    public void A_built_in_rule_can_be_made_a_warning_and_back_an_error()
    {
        var warning = GovernanceRuleSet.Parse("rules.yaml", "version: 1\nbuiltIn:\n  sla-present: warning\n");
        var error = GovernanceRuleSet.Parse("more.yaml", "version: 1\nbuiltIn:\n  sla-present: error\n", warning);

        Assert.Equal(GovernanceSeverity.Warning, Assert.Single(Check(Descriptor, null, Sdl, warning)).Severity);
        Assert.Equal(GovernanceSeverity.Error, Assert.Single(Check(Descriptor, null, Sdl, error)).Severity);
    }

    [Fact]
    public void A_require_rule_reports_an_element_without_the_field()
    {
        var rules = Rules("""
            - id: tags-required
              description: Every product carries a tag.
              target: product
              require: tags
            """);

        var finding = Assert.Single(Check(Edit(Descriptor, "tags: [customers]\n", ""), Contract, Sdl, rules));

        Assert.Equal(("tags-required", GovernanceSeverity.Error, "product"), (finding.RuleId, finding.Severity, finding.Location));
        Assert.Equal("The product has no tags: Every product carries a tag.", finding.Message);
        Assert.Empty(Check(Descriptor, Contract, Sdl, rules));
    }

    [Fact]
    public void A_forbid_rule_reports_a_forbidden_value_where_its_conditions_hold()
    {
        var rules = Rules("""
            - id: critical-data-not-public
              description: A critical data element is never public.
              target: property
              when:
                criticalDataElement: true
              forbid:
                classification: [public, internal]
            """);
        var publicCde = Edit(Contract, "classification: public\n      - name: country", "classification: public\n        criticalDataElement: true\n      - name: country");
        var publicOnly = Contract;

        var finding = Assert.Single(Check(Descriptor, publicCde, Sdl, rules));

        Assert.Equal("schema[Address].properties[city]", finding.Location);
        Assert.Equal("'city' has classification public or internal, which is forbidden: A critical data element is never public.", finding.Message);
        Assert.Empty(Check(Descriptor, publicOnly, Sdl, rules));
    }

    [Fact]
    public void A_match_rule_reports_a_value_that_does_not_match_its_pattern()
    {
        var rules = Rules("""
            - id: camel-case-properties
              description: Property names are camelCase.
              target: property
              severity: warning
              match:
                name: "^[a-z][A-Za-z0-9]*$"
            """);

        var finding = Assert.Single(Check(Descriptor, Edit(Contract, "name: signedUpAt", "name: signed_up_at"), Sdl, rules));

        Assert.Equal(("schema[Customer].properties[signed_up_at]", GovernanceSeverity.Warning), (finding.Location, finding.Severity));
        Assert.Contains("name 'signed_up_at' does not match ^[a-z][A-Za-z0-9]*$", finding.Message);
    }

    [Fact]
    public void Object_and_contract_rules_look_at_each_schema_object_and_the_contract()
    {
        var rules = Rules("""
            - id: objects-described
              description: Every schema object is described.
              target: object
              require: description
            - id: contract-roles
              description: The contract names its readers.
              target: contract
              require: roles
            """);

        var findings = Check(Descriptor, Edit(Contract, "roles:\n  - role: crm-analyst\n    access: read\n", ""), Sdl, rules);

        Assert.Equal([("objects-described", "schema[Address]"), ("contract-roles", "contract")], findings.Select(f => (f.RuleId, f.Location)));
    }

    public static TheoryData<string, string> BrokenFiles => new()
    {
        { "version: 2\n", "rules.yaml:1:10 version: this gateway reads rule files of version 1 [governance.version]" },
        { "builtIn: {}\n", "rules.yaml:1:1 the rule file must say which format it is written in: version: 1 [governance.required]" },
        { "version: 1\nrulez: []\n", "rules.yaml:2:1 rulez: 'rulez' is not a key here; the keys are version, builtIn, rules [governance.unknown-key]" },
        { "version: 1\nbuiltIn:\n  sla-presnt: off\n", "rules.yaml:3:3 builtIn.sla-presnt: no rule has the id 'sla-presnt'; the rules are owner-present, description-present, properties-classified, personal-data-protected, sla-present, terms-of-use-present, support-channel-present, coordinates-exist, fields-in-contract [governance.unknown-rule]" },
        { "version: 1\nbuiltIn:\n  sla-present: fatal\n", "rules.yaml:3:16 builtIn.sla-present: must be error, warning or off [governance.severity]" },
        { "version: 1\nrules:\n  - id: a-rule\n    target: product\n    require: tags\n", "rules.yaml:3:5 rules[0]: a rule needs description: a sentence that says what the rule asks and why; findings quote it [governance.required]" },
        { "version: 1\nrules:\n  - id: a-rule\n    description: d\n    target: dataset\n    require: tags\n", "rules.yaml:5:13 rules[0].target: must be product, contract, object or property [governance.target]" },
        { "version: 1\nrules:\n  - id: a-rule\n    description: d\n    target: object\n    require: owner\n", "rules.yaml:6:14 rules[0].require: an object has no field 'owner'; its fields are name, description, businessName, physicalName, physicalType, tags, quality, properties [governance.field]" },
        { "version: 1\nrules:\n  - id: a-rule\n    description: d\n    target: property\n    match:\n      name: \"[a-z\"\n", "rules.yaml:7:13 rules[0].match.name: '[a-z' is not a regular expression: Invalid pattern '[a-z' at offset 4. Unterminated [] set. [governance.regex]" },
        { "version: 1\nrules:\n  - id: sla-present\n    description: d\n    target: contract\n    require: slaProperties\n", "rules.yaml:3:9 rules[0].id: a rule with the id 'sla-present' already exists; give this one another id [governance.duplicate-id]" },
        { "version: 1\nrules:\n  - id: Tags_Required\n    description: d\n    target: product\n    require: tags\n", "rules.yaml:3:9 rules[0].id: 'Tags_Required' is not an id of lower-case words joined by hyphens, e.g. tags-required [governance.id]" },
        { "version: 1\nrules:\n  - id: a-rule\n    description: d\n    target: product\n", "rules.yaml:3:5 rules[0]: a rule needs a check: require, forbid or match (or several) [governance.check]" },
        { "version: 1\nrules:\n  - id: a-rule\n    description: d\n    target: product\n    forbid:\n      status: [[active]]\n", "rules.yaml:7:16 rules[0].forbid.status: must be a value or a list of values, not a list [governance.type]" },
        { "version: 1\nrules: tags\n", "rules.yaml:2:8 rules: rules must be a list of rules, not a string [governance.type]" },
    };

    [Theory]
    [MemberData(nameof(BrokenFiles))]
    public void A_broken_rule_file_is_rejected_with_the_line_column_path_and_rule(string text, string expected)
    {
        var error = Assert.Throws<GovernanceRuleFileException>(() => GovernanceRuleSet.Parse("rules.yaml", text));

        Assert.Equal(expected, Assert.Single(error.Diagnostics).ToString());
    }

    [Fact]
    public void A_rule_file_that_is_not_yaml_is_rejected_where_it_breaks()
    {
        var error = Assert.Throws<GovernanceRuleFileException>(() => GovernanceRuleSet.Parse("rules.yaml", "version: 1\nrules:\n  - id: [unclosed\n"));

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal("rules.yaml", diagnostic.File);
        Assert.True(diagnostic.Position.Line >= 3, diagnostic.ToString());
    }

    [Fact]
    public void Every_problem_of_a_rule_file_is_reported_at_once()
    {
        var error = Assert.Throws<GovernanceRuleFileException>(() => GovernanceRuleSet.Parse("rules.yaml", """
            version: 1
            builtIn:
              sla-present: fatal
            rules:
              - id: a-rule
                target: dataset
            """));

        Assert.Equal(["governance.severity", "governance.required", "governance.target", "governance.check"], error.Diagnostics.Select(d => d.Rule));
        Assert.StartsWith("The governance rule file is not valid (4 problems):", error.Message);
    }

    [Fact]
    public void A_rule_file_that_cannot_be_read_is_a_rule_file_error()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"governance-{Guid.NewGuid():N}.yaml");

        var error = Assert.Throws<GovernanceRuleFileException>(() => GovernanceRuleSet.Load(missing));

        Assert.Equal("governance.file", Assert.Single(error.Diagnostics).Rule);
    }

    [Fact]
    public void A_rule_file_may_be_json_with_positions_of_its_own()
    {
        var rules = GovernanceRuleSet.Parse("rules.json", """
            {"version": 1, "builtIn": {"sla-present": "off"},
             "rules": [{"id": "tags-required", "description": "Tagged.", "target": "product", "require": "tags"}]}
            """);
        var error = Assert.Throws<GovernanceRuleFileException>(() => GovernanceRuleSet.Parse("rules.json", """
            {"version": 1,
             "builtIn": {"sla-present": "fatal"}}
            """));

        Assert.NotNull(rules.Find("tags-required"));
        Assert.Null(rules.Find("sla-present"));
        Assert.Equal("rules.json:2:29 builtIn.sla-present: must be error, warning or off [governance.severity]", Assert.Single(error.Diagnostics).ToString());
    }

    [Fact]
    public void A_rule_added_in_code_replaces_the_rule_of_its_id()
    {
        var rules = GovernanceRuleSet.Default.With(new AlwaysFails("sla-present"));

        Assert.Equal(9, rules.Rules.Count);
        Assert.Equal("always", Assert.Single(Check(Descriptor, Contract, Sdl, rules)).Message);
    }

    private static GovernanceRuleSet Rules(string rules) =>
        GovernanceRuleSet.Parse("rules.yaml", "version: 1\nbuiltIn:\n" + string.Join("", GovernanceRuleSet.Default.Rules.Select(r => $"  {r.Id}: off\n")) + "rules:\n" + Indent(rules));

    private static string Indent(string text) => string.Join("\n", text.Split('\n').Select(line => "  " + line)) + "\n";

    private sealed class AlwaysFails(string id) : IGovernanceRule
    {
        public string Id => id;

        public string Description => "Fails every subject.";

        public void Check(GovernanceSubject subject, ICollection<GovernanceFinding> findings) =>
            findings.Add(new GovernanceFinding(Id, GovernanceSeverity.Error, "product", "always"));
    }
}
