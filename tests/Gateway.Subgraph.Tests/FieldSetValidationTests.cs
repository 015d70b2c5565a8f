using Gateway.GraphQL;

namespace Gateway.Subgraph.Tests;

public sealed class FieldSetValidationTests
{
    private static GraphQLException BuildFails(string types) => Assert.Throws<GraphQLException>(() => new SubgraphBuilder($$"""
        extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@requires", "@provides", "@external"])
        {{types}}
        """).Build());

    [Fact]
    public void A_key_that_selects_a_missing_field_fails_the_build_naming_the_type()
    {
        var error = BuildFails("""type Query { a: Int } type Ferry @key(fields: "cod") { code: ID! }""");

        var single = Assert.Single(error.Errors);
        Assert.Equal("@key on Ferry: \"cod\" selects cod, which Ferry does not define.", single.Message);
        Assert.Equal(2, single.Locations[0].Line);
    }

    [Fact]
    public void A_compound_key_must_select_the_fields_of_its_object_fields()
    {
        var error = BuildFails("""
            type Query { a: Int }
            type Berth @key(fields: "harbour") @key(fields: "number { id }") { harbour: Harbour! number: Int! }
            type Harbour { id: ID! }
            """);

        Assert.Equal(
            [
                "@key on Berth: \"harbour\" selects Berth.harbour of type Harbour without its fields; write harbour { ... }.",
                "@key on Berth: \"number { id }\" selects fields of Berth.number, which is a Int and has none.",
            ],
            error.Errors.Select(e => e.Message));
    }

    [Fact]
    public void Requires_and_provides_are_checked_on_their_types()
    {
        var error = BuildFails("""
            type Query { ferry: Ferry @provides(fields: "nam") }
            type Ferry @key(fields: "id") { id: ID! name: String @external weight: Int @external tax: Int @requires(fields: "weight crew") }
            """);

        Assert.Equal(
            [
                "@provides on Query.ferry: \"nam\" selects nam, which Ferry does not define.",
                "@requires on Ferry.tax: \"weight crew\" selects crew, which Ferry does not define.",
            ],
            error.Errors.Select(e => e.Message).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_field_set_that_does_not_parse_fails_with_the_parser_message()
    {
        var error = BuildFails("""type Query { a: Int } type Ferry @key(fields: "id {") { id: ID! }""");

        Assert.StartsWith("@key on Ferry: the fields \"id {\" do not parse as a selection: Syntax Error:", Assert.Single(error.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Valid_field_sets_with_nested_selections_and_fragments_build()
    {
        var subgraph = new SubgraphBuilder("""
            extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@requires", "@external"])
            type Query { a: Int }
            type Berth @key(fields: "harbour { id } number") {
              harbour: Harbour!
              number: Int!
              vessel: Vessel @external
              fee: Int @requires(fields: "vessel { __typename ... on Ferry { length } ... on Yacht { mast } }")
            }
            type Harbour { id: ID! }
            union Vessel = Ferry | Yacht
            type Ferry { length: Int }
            type Yacht { mast: Int }
            """).Build();

        Assert.Equal(["Berth"], subgraph.EntityTypes);
    }
}
