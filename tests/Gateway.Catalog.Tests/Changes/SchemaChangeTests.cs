using Gateway.Catalog.Changes;
using Gateway.Catalog.Model;
using static Gateway.Catalog.Tests.Changes.ChangeFixtures;

namespace Gateway.Catalog.Tests.Changes;

public sealed class SchemaChangeTests
{
    /// <summary>Name, text found in the published SDL, its replacement in the candidate, and the change expected.</summary>
    public static TheoryData<string, string, string, string, ChangeSeverity, string, VersionBump> Cases => new()
    {
        // Breaking (Apollo: Removals, Required arguments, In-place updates; graphql-inspector: Breaking).
        { "field removed", "  email: String\n", "", "FIELD_REMOVED", ChangeSeverity.Breaking, "Customer.email", VersionBump.Major },
        { "field retyped", "signedUpAt: String!", "signedUpAt: Int!", "FIELD_CHANGED_TYPE", ChangeSeverity.Breaking, "Customer.signedUpAt", VersionBump.Major },
        { "output made nullable", "signedUpAt: String!", "signedUpAt: String", "FIELD_CHANGED_TYPE", ChangeSeverity.Breaking, "Customer.signedUpAt", VersionBump.Major },
        { "required argument added", "customer(id: ID!)", "customer(id: ID!, region: String!)", "REQUIRED_ARG_ADDED", ChangeSeverity.Breaking, "Query.customer(region:)", VersionBump.Major },
        { "argument tightened", "orders(status: OrderStatus)", "orders(status: OrderStatus!)", "ARG_CHANGED_TYPE", ChangeSeverity.Breaking, "Customer.orders(status:)", VersionBump.Major },
        { "argument removed", "customers(first: Int = 10, after: String)", "customers(first: Int = 10)", "ARG_REMOVED", ChangeSeverity.Breaking, "Query.customers(after:)", VersionBump.Major },
        { "enum value removed", "enum Tier { BRONZE SILVER GOLD }", "enum Tier { BRONZE GOLD }", "VALUE_REMOVED_FROM_ENUM", ChangeSeverity.Breaking, "Tier.SILVER", VersionBump.Major },
        { "type removed", "  loyalty: Loyalty\n", "", "FIELD_REMOVED", ChangeSeverity.Breaking, "Customer.loyalty", VersionBump.Major },
        { "type changed kind", "type Loyalty {", "interface Loyalty {", "TYPE_CHANGED_KIND", ChangeSeverity.Breaking, "Loyalty", VersionBump.Major },
        { "required input field added", "input CustomerFilter { tier: Tier }", "input CustomerFilter { tier: Tier, region: String! }", "REQUIRED_FIELD_ADDED_TO_INPUT_OBJECT", ChangeSeverity.Breaking, "CustomerFilter.region", VersionBump.Major },
        { "field made inaccessible", "  email: String\n", "  email: String @inaccessible\n", "INACCESSIBLE_ADDED", ChangeSeverity.Breaking, "Customer.email", VersionBump.Major },

        // Dangerous (graphql-inspector: Dangerous; Apollo: Default values).
        { "optional argument added", "customer(id: ID!)", "customer(id: ID!, region: String)", "OPTIONAL_ARG_ADDED", ChangeSeverity.Dangerous, "Query.customer(region:)", VersionBump.Minor },
        { "enum value added", "enum Tier { BRONZE SILVER GOLD }", "enum Tier { BRONZE SILVER GOLD PLATINUM }", "VALUE_ADDED_TO_ENUM", ChangeSeverity.Dangerous, "Tier.PLATINUM", VersionBump.Minor },
        { "default changed", "first: Int = 10", "first: Int = 20", "ARG_DEFAULT_VALUE_CHANGE", ChangeSeverity.Dangerous, "Query.customers(first:)", VersionBump.Minor },
        { "authorization directive added", "  email: String\n", "  email: String @authenticated\n", "DIRECTIVE_USAGE_ADDED", ChangeSeverity.Dangerous, "Customer.email", VersionBump.Minor },

        // Safe additions and deprecations: minor.
        { "field added", "  tier: Tier!\n", "  tier: Tier!\n  phone: String\n", "FIELD_ADDED", ChangeSeverity.Safe, "Customer.phone", VersionBump.Minor },
        { "type added", "input CustomerFilter", "type Coupon { code: String }\n\ninput CustomerFilter", "TYPE_ADDED", ChangeSeverity.Safe, "Coupon", VersionBump.Minor },
        { "field deprecated", "  email: String\n", "  email: String @deprecated(reason: \"Use contact.\")\n", "FIELD_DEPRECATED", ChangeSeverity.Safe, "Customer.email", VersionBump.Minor },
        { "optional input field added", "input CustomerFilter { tier: Tier }", "input CustomerFilter { tier: Tier, region: String }", "OPTIONAL_FIELD_ADDED_TO_INPUT_OBJECT", ChangeSeverity.Safe, "CustomerFilter.region", VersionBump.Minor },
        { "output made non-null", "  email: String\n", "  email: String!\n", "FIELD_CHANGED_TYPE", ChangeSeverity.Safe, "Customer.email", VersionBump.Minor },
        { "field made accessible", "internalScore: Int @inaccessible", "internalScore: Int", "INACCESSIBLE_REMOVED", ChangeSeverity.Safe, "Customer.internalScore", VersionBump.Minor },

        // Safe documentation and federation plumbing: patch.
        { "description changed", "\"When the customer registered.\"", "\"When the customer signed up.\"", "FIELD_DESCRIPTION_CHANGE", ChangeSeverity.Safe, "Customer.signedUpAt", VersionBump.Patch },
        { "federation directive added", "type Order @key(fields: \"id\")", "type Order @key(fields: \"id\") @shareable", "DIRECTIVE_USAGE_ADDED", ChangeSeverity.Safe, "Order", VersionBump.Patch },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_schema_change_has_its_code_severity_location_and_bump(
        string name, string find, string replace, string code, ChangeSeverity severity, string location, VersionBump bump)
    {
        var report = Analyze(Sdl, Edit(Sdl, find, replace));

        var change = Assert.Single(report.Changes, c => c.Code == code && c.Location == location);
        Assert.Equal(ChangeArea.Schema, change.Area);
        Assert.Equal(severity, change.Severity);
        Assert.Equal(bump, report.RequiredBump);
        Assert.False(string.IsNullOrWhiteSpace(change.Message), name);
    }

    [Fact]
    public void A_removed_type_is_reported_with_the_field_that_used_it()
    {
        var candidate = Edit(Edit(Sdl, "  loyalty: Loyalty\n", ""), "type Loyalty {\n  points: Int\n}\n", "");

        var report = Analyze(Sdl, candidate);

        Assert.Contains(report.Changes, c => c.Code == "TYPE_REMOVED" && c.Location == "Loyalty" && c.Severity == ChangeSeverity.Breaking);
        Assert.Contains(report.Changes, c => c.Code == "FIELD_REMOVED" && c.Location == "Customer.loyalty");
    }

    [Fact]
    public void An_unchanged_schema_has_no_changes()
    {
        Assert.Empty(Analyze(Sdl, Sdl).Changes);
    }

    [Fact]
    public void The_subgraph_librarys_plumbing_is_not_part_of_the_product()
    {
        // The same subgraph as another library prints it: federation types and fields spelled out.
        var withPlumbing = Sdl + """

            scalar _Any
            scalar _FieldSet
            scalar link__Import
            type _Service { sdl: String }
            union _Entity = Customer | Order
            extend type Query {
              _entities(representations: [_Any!]!): [_Entity]!
              _service: _Service!
            }
            directive @key(fields: _FieldSet!, resolvable: Boolean = true) repeatable on OBJECT | INTERFACE
            directive @link(url: String, import: [link__Import]) repeatable on SCHEMA
            """;

        Assert.Empty(Analyze(Sdl, withPlumbing).Changes);
        Assert.Empty(Analyze(withPlumbing, Sdl).Changes);
    }

    [Fact]
    public void A_federation_one_subgraph_that_only_extends_types_is_compared()
    {
        const string published = """
            extend type Query { orders: [Order] }
            type Order @key(fields: "id") { id: ID! total: Int }
            extend type Customer @key(fields: "id") { id: ID! @external orders: [Order] }
            """;
        var candidate = Edit(published, "@external orders: [Order] }", "@external }");

        var report = Analyze(published, candidate);

        var change = Assert.Single(report.Changes);
        Assert.Equal(("FIELD_REMOVED", "Customer.orders"), (change.Code, change.Location));
    }

    [Fact]
    public void An_sdl_that_does_not_parse_is_reported_and_needs_a_major_version()
    {
        var report = Analyze(Sdl, "type Query {");

        var change = Assert.Single(report.Changes);
        Assert.Equal("SCHEMA_UNREADABLE", change.Code);
        Assert.Contains("candidate", change.Message);
        Assert.Equal(VersionBump.Major, report.RequiredBump);
    }

    [Fact]
    public void A_product_that_stops_serving_a_subgraph_breaks_and_one_that_starts_adds()
    {
        var removed = ProductChangeAnalyzer.Analyze(State("1.0.0", Sdl), State("2.0.0", null));
        var added = ProductChangeAnalyzer.Analyze(State("1.0.0", null), State("1.1.0", Sdl));

        Assert.Equal(("SUBGRAPH_SCHEMA_REMOVED", ChangeSeverity.Breaking), (Assert.Single(removed.Changes).Code, removed.Changes[0].Severity));
        Assert.Equal(("SUBGRAPH_SCHEMA_ADDED", VersionBump.Minor), (Assert.Single(added.Changes).Code, added.RequiredBump));
    }

    [Theory]
    [InlineData("[\"@key\", { name: \"@inaccessible\", as: \"@hidden\" }]", "", "@hidden")]
    [InlineData("[\"@key\"]", "", "@federation__inaccessible")]
    [InlineData("[\"@key\"]", ", as: \"fed\"", "@fed__inaccessible")]
    public void Inaccessible_is_recognised_under_the_name_the_federation_link_gives_it(string imports, string alias, string inaccessible)
    {
        var published = $$"""
            extend schema @link(url: "https://specs.apollo.dev/federation/v2.3"{{alias}}, import: {{imports}})
            type Query { customer: Customer }
            type Customer @key(fields: "id") { id: ID! email: String }
            """;
        var candidate = Edit(published, "email: String", $"email: String {inaccessible}");

        var change = Assert.Single(Analyze(published, candidate).Changes);

        Assert.Equal(("INACCESSIBLE_ADDED", "Customer.email", ChangeSeverity.Breaking), (change.Code, change.Location, change.Severity));
    }

    [Fact]
    public void A_federation_directive_renamed_on_import_is_still_only_plumbing()
    {
        const string published = """
            extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: [{ name: "@key", as: "@primaryKey" }])
            type Query { order: Order }
            type Order { id: ID! }
            """;
        var candidate = Edit(published, "type Order {", "type Order @primaryKey(fields: \"id\") {");

        var change = Assert.Single(Analyze(published, candidate).Changes);

        Assert.Equal((ChangeSeverity.Safe, VersionBump.Patch), (change.Severity, change.Bump));
    }

    [Fact]
    public void Every_kind_of_engine_change_has_a_code_in_the_apollo_form()
    {
        foreach (var kind in Enum.GetValues<Gateway.GraphQL.Utilities.SchemaChangeKind>())
        {
            var code = SchemaChangeCodes.CodeOf(new Gateway.GraphQL.Utilities.SchemaChange(kind, Gateway.GraphQL.Utilities.ChangeCriticality.Safe, "", ""));

            Assert.Matches("^[A-Z]+(_[A-Z]+)*$", code);
        }
    }

    [Theory]
    [InlineData("Directive '@key(fields: \"id\")' was added to type 'Order'.", "key")]
    [InlineData("Directive '@federation__inaccessible' was removed from field 'User.email'.", "federation__inaccessible")]
    [InlineData("Field 'User.email' was removed.", null)]
    public void The_directive_of_a_usage_change_is_read_from_the_engines_message(string message, string? expected)
    {
        Assert.Equal(expected, SubgraphSchemaDiff.DirectiveNameOf(message));
    }

    private static ChangeReport Analyze(string published, string candidate) =>
        ProductChangeAnalyzer.Analyze(State("1.0.0", published), State("9.0.0", candidate));

    private static ProductState State(string version, string? sdl) => new(SemanticVersion.Parse(version), null, sdl);
}
