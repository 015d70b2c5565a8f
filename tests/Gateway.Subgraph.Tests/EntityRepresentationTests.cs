namespace Gateway.Subgraph.Tests;

public sealed class EntityRepresentationTests
{
    private const string Sdl = """
        extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
        type Query { a: Int }
        type Tram @key(fields: "id") { id: ID! seats: Int }
        """;

    private static async Task<string> FirstErrorAsync(Func<EntityRepresentation, object?> resolve, object representation)
    {
        var subgraph = new SubgraphBuilder(Sdl).ResolveReference("Tram", (r, _) => ValueTask.FromResult(resolve(r))).Build();
        var response = await subgraph.EntitiesAsync("__typename", representation);
        var error = Assert.Single(response.GetProperty("errors").EnumerateArray());
        Assert.Equal("""["_entities",0]""", error.GetProperty("path").GetRawText());
        return error.GetProperty("message").GetString()!;
    }

    [Fact]
    public async Task Require_names_a_missing_field_and_where_it_should_come_from()
    {
        var message = await FirstErrorAsync(r => r.Require<int>("seats"), new { __typename = "Tram", id = "t1" });

        Assert.Equal("The Tram representation has no \"seats\"; is it part of a @key or a @requires selection?", message);
    }

    [Fact]
    public async Task Require_names_a_field_of_another_clr_type()
    {
        var message = await FirstErrorAsync(r => r.Require<long>("seats"), new { __typename = "Tram", id = "t1", seats = 80 });

        Assert.Equal("The Tram representation's \"seats\" is a Int32, not a Int64.", message);
    }

    [Fact]
    public async Task Get_falls_back_when_the_field_is_absent_or_of_another_type()
    {
        EntityRepresentation? seen = null;
        var subgraph = new SubgraphBuilder(Sdl).ResolveReference("Tram", (r, _) =>
        {
            seen = r;
            return ValueTask.FromResult<object?>(null);
        }).Build();

        await subgraph.EntitiesAsync("__typename", new { __typename = "Tram", id = "t1", seats = 80, depot = "North" });

        Assert.Equal(-1, seen!.Get("missing", -1));
        Assert.Equal(-1, seen.Get("id", -1));
        Assert.Equal(80, seen.Get<int>("seats"));
        Assert.Equal("North", seen["depot"]);
        Assert.Equal(["__typename", "id", "seats", "depot"], seen.Keys);
        Assert.Equal(0, seen.Index);
    }

    [Fact]
    public async Task A_single_reference_resolver_that_throws_fails_its_representation_only()
    {
        var subgraph = new SubgraphBuilder(Sdl)
            .ResolveReference("Tram", (r, _) => r.Require<string>("id") == "bad" ? throw new InvalidOperationException("Tram bad is scrapped.") : ValueTask.FromResult<object?>(r))
            .Build();

        var response = await subgraph.EntitiesAsync("... on Tram { id }", new { __typename = "Tram", id = "bad" }, new { __typename = "Tram", id = "ok" });

        Assert.Equal("""{"_entities":[null,{"id":"ok"}]}""", response.GetProperty("data").Compact());
        Assert.Equal("Tram bad is scrapped.", Assert.Single(response.GetProperty("errors").EnumerateArray()).GetProperty("message").GetString());
    }
}
