namespace Gateway.Subgraph.Tests;

/// <summary>How the fields of a representation are coerced by the entity type's field types.</summary>
public sealed class RepresentationCoercionTests
{
    private const string Sdl = """
        extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@external", "@requires"])
        type Query { a: Int }
        enum Cargo { CARS FREIGHT }
        union Hull = Steel | Wood
        type Steel { grade: Int }
        type Wood { species: String }
        type Ship @key(fields: "id") {
          id: ID!
          cargo: [Cargo!] @external
          decks: [[Int!]!] @external
          hull: Hull @external
          rating: Float @external
          summary: String @requires(fields: "cargo decks hull { ... on Steel { grade } ... on Wood { species } } rating")
        }
        """;

    private static async Task<EntityRepresentation> CoerceAsync(object representation)
    {
        EntityRepresentation? seen = null;
        var subgraph = new SubgraphBuilder(Sdl).ResolveReference("Ship", (r, _) =>
        {
            seen = r;
            return ValueTask.FromResult<object?>(null);
        }).Build();
        var response = await subgraph.EntitiesAsync("__typename", representation);
        Assert.False(response.TryGetProperty("errors", out _), response.Compact());
        return seen!;
    }

    [Fact]
    public async Task Lists_of_enums_and_nested_lists_are_coerced_item_by_item()
    {
        var ship = await CoerceAsync(new { __typename = "Ship", id = 7, cargo = new[] { "CARS", "FREIGHT" }, decks = new[] { new[] { 1, 2 }, new[] { 3 } } });

        Assert.Equal("7", ship["id"]);
        Assert.Equal(["CARS", "FREIGHT"], Assert.IsType<List<object?>>(ship["cargo"]));
        var decks = Assert.IsType<List<object?>>(ship["decks"]);
        Assert.Equal([1, 2], Assert.IsType<List<object?>>(decks[0]));
    }

    [Fact]
    public async Task A_single_value_for_a_list_field_becomes_a_list_of_one()
    {
        var ship = await CoerceAsync(new { __typename = "Ship", id = "s", cargo = "CARS" });

        Assert.Equal(["CARS"], Assert.IsType<List<object?>>(ship["cargo"]));
    }

    [Fact]
    public async Task An_abstract_field_is_coerced_by_the_type_its_typename_names()
    {
        var ship = await CoerceAsync(new { __typename = "Ship", id = "s", hull = new { __typename = "Steel", grade = 3 }, rating = 4 });

        var hull = Assert.IsType<Dictionary<string, object?>>(ship["hull"]);
        Assert.Equal("Steel", hull["__typename"]);
        Assert.IsType<int>(hull["grade"]);
        Assert.IsType<double>(ship["rating"]);
    }

    [Fact]
    public async Task Nulls_and_fields_the_type_does_not_define_pass_through()
    {
        var ship = await CoerceAsync(new { __typename = "Ship", id = "s", hull = (object?)null, flag = "NO" });

        Assert.Null(ship["hull"]);
        Assert.Equal("NO", ship["flag"]);
    }

    [Fact]
    public async Task An_enum_value_the_type_does_not_have_fails_the_representation()
    {
        var subgraph = new SubgraphBuilder(Sdl).Build();

        var response = await subgraph.EntitiesAsync("__typename", new { __typename = "Ship", id = "s", cargo = new[] { "CARS", "COAL" } });

        Assert.Equal(
            "Representation 0 (Ship) is invalid: \"Ship.cargo[1]\" is \"COAL\", not a value of enum Cargo.",
            Assert.Single(response.GetProperty("errors").EnumerateArray()).GetProperty("message").GetString());
    }
}
