using Gateway.Catalog.Documents;

namespace Gateway.Catalog.Tests.Documents;

public sealed class ContractValidationTests
{
    private const string Head = """
        apiVersion: v3.1.0
        kind: DataContract
        id: c1
        version: 1.0.0
        status: active
        """;

    private static IReadOnlyList<DocumentDiagnostic> Errors(string yaml)
    {
        var result = CatalogDocumentReader.ReadContract("contract.yaml", yaml);
        Assert.False(result.Unreadable);
        return result.Diagnostics;
    }

    [Fact]
    public void A_classification_outside_the_profile_is_reported_with_file_line_column_and_path()
    {
        var diagnostics = Errors(Head + """

            schema:
              - name: Order
                properties:
                  - name: id
                  - name: total
                  - name: email
                    classification: secret
            """);

        var error = Assert.Single(diagnostics);
        Assert.Equal("contract.yaml:12:25 schema[0].properties[2].classification: must be one of public, internal, confidential, restricted [enum]", error.ToString());
    }

    [Fact]
    public void Every_error_is_reported_not_just_the_first()
    {
        var diagnostics = Errors("""
            apiVersion: v2.2.2
            kind: DataContract
            version: 1.0
            status: active
            colour: blue
            schema:
              - name: Order
                properties:
                  - name: total
                    logicalType: money
                    required: "yes"
            """);

        Assert.Contains(diagnostics, d => d.Path == "apiVersion" && d.Rule == "enum");
        Assert.Contains(diagnostics, d => d.Rule == "required" && d.Message.Contains("'id'"));
        Assert.Contains(diagnostics, d => d.Path == "version" && d.Message.Contains("quote it"));
        Assert.Contains(diagnostics, d => d.Path == "colour" && d.Rule == "unknown-key" && d.Position == new Gateway.Catalog.Documents.Nodes.SourcePosition(5, 1));
        Assert.Contains(diagnostics, d => d.Path == "schema[0].properties[0].logicalType" && d.Rule == "enum");
        Assert.Contains(diagnostics, d => d.Path == "schema[0].properties[0].required" && d.Message == "must be true or false, not a string");
    }

    [Fact]
    public void A_mask_that_does_not_suit_the_logical_type_is_an_error()
    {
        var diagnostics = Errors(Head + """

            schema:
              - name: Order
                properties:
                  - name: total
                    logicalType: number
                    customProperties:
                      - property: mask
                        value: showLast(4)
            """);

        var error = Assert.Single(diagnostics);
        Assert.Equal("profile.mask", error.Rule);
        Assert.Equal("showLast(4) applies to strings, not number", error.Message);
        Assert.Equal(13, error.Position.Line);
    }

    [Theory]
    [InlineData("showLast", "mask must be one of")]
    [InlineData("showLast(0)", "mask must be one of")]
    [InlineData("redact(2)", "mask must be one of")]
    [InlineData("scramble", "mask must be one of")]
    public void A_mask_not_in_the_profile_is_an_error(string mask, string message)
    {
        var diagnostics = Errors(Head + $$"""

            schema:
              - name: Order
                properties:
                  - name: note
                    customProperties:
                      - property: mask
                        value: {{mask}}
            """);

        Assert.StartsWith(message, Assert.Single(diagnostics).Message);
    }

    [Fact]
    public void Nullify_on_a_required_property_is_an_error()
    {
        var diagnostics = Errors(Head + """

            schema:
              - name: Order
                properties:
                  - name: note
                    required: true
                    customProperties: [{ property: mask, value: nullify }]
            """);

        Assert.Contains("not required", Assert.Single(diagnostics).Message);
    }

    [Fact]
    public void A_coordinate_must_be_Type_dot_field_and_unique()
    {
        var diagnostics = Errors(Head + """

            schema:
              - name: Order
                properties:
                  - name: a
                    customProperties: [{ property: graphqlCoordinate, value: Order.id }]
                  - name: b
                    customProperties: [{ property: graphqlCoordinate, value: Order.id }]
                  - name: c
                    customProperties: [{ property: graphqlCoordinate, value: "Order.id(x:)" }]
            """);

        Assert.Equal(2, diagnostics.Count);
        Assert.Contains("already the coordinate of schema[0].properties[0]", diagnostics[0].Message);
        Assert.Equal("schema[0].properties[2].customProperties[0].value", diagnostics[1].Path);
    }

    [Fact]
    public void Purposes_must_be_lower_case_identifiers()
    {
        var diagnostics = Errors(Head + """

            customProperties:
              - property: allowedPurposes
                value: [analytics, Marketing Campaigns]
            """);

        Assert.Contains("'\"Marketing Campaigns\"' is not one", Assert.Single(diagnostics).Message);
    }

    [Fact]
    public void Deprecated_fields_are_warnings_and_the_contract_stays_valid()
    {
        var result = CatalogDocumentReader.ReadContract("contract.yaml", Head + """

            dataProduct: orders
            team:
              - username: ana
                role: owner
            """);

        Assert.True(result.IsValid);
        Assert.Equal(2, result.Diagnostics.Count);
        Assert.All(result.Diagnostics, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        Assert.Equal("ana", result.Document!.Team!.Owner!.Username);
    }

    [Fact]
    public void Unknown_server_keys_are_warnings_and_api_servers_need_a_location()
    {
        var diagnostics = Errors(Head + """

            servers:
              - server: s
                type: api
                host: example.com
            """);

        Assert.Contains(diagnostics, d => d.Rule == "required" && d.Message.Contains("'location'"));
        Assert.Contains(diagnostics, d => d.Rule == "unknown-key" && d.Severity == DiagnosticSeverity.Warning);
    }

    [Fact]
    public void A_quality_rule_takes_one_operator_and_ranges_take_two_numbers()
    {
        var diagnostics = Errors(Head + """

            schema:
              - name: Order
                quality:
                  - metric: rowCount
                    mustBeGreaterThan: 0
                    mustBeLessThan: 10
                  - metric: nullValues
                    mustBeBetween: [1]
                  - type: sql
            """);

        Assert.Equal(3, diagnostics.Count);
        Assert.Contains(diagnostics, d => d.Message.Contains("already has mustBeGreaterThan"));
        Assert.Contains(diagnostics, d => d.Message.Contains("two numbers"));
        Assert.Contains(diagnostics, d => d.Message.Contains("must have 'query'"));
    }

    [Fact]
    public void Json_contracts_report_positions_too()
    {
        var result = CatalogDocumentReader.ReadContract("contract.json", """
            {
              "apiVersion": "v3.1.0", "kind": "DataContract", "id": "c", "version": "1.0.0", "status": "active",
              "schema": [ { "name": "A", "properties": [ { "name": "x", "classification": 3 } ] } ]
            }
            """);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("contract.json:3:79 schema[0].properties[0].classification: must be a string, not an integer; quote it: \"3\" [type]", error.ToString());
    }
}
