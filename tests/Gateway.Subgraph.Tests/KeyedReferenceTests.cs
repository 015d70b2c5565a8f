namespace Gateway.Subgraph.Tests;

public sealed class KeyedReferenceTests
{
    private const string Sdl = """
        extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
        type Query { a: Int }
        type Ferry @key(fields: "id") @key(fields: "imo") { id: ID! imo: Int! name: String }
        """;

    private sealed record Ferry(string Id, int Imo, string Name);

    private static readonly Dictionary<string, Ferry> Ferries = new()
    {
        ["f1"] = new("f1", 9_100_001, "Nordlys"),
        ["f2"] = new("f2", 9_100_002, "Polarlys"),
    };

    [Fact]
    public async Task Distinct_keys_load_in_one_call_and_answer_in_representation_order()
    {
        var loads = new List<string>();
        var subgraph = new SubgraphBuilder(Sdl)
            .ResolveReferencesByKey<string>("Ferry", "id", (ids, _) =>
            {
                loads.Add(string.Join(",", ids));
                var found = new Dictionary<string, object?>();
                foreach (var id in ids)
                {
                    if (Ferries.TryGetValue(id, out var ferry))
                    {
                        found[id] = ferry;
                    }
                }

                return ValueTask.FromResult<IReadOnlyDictionary<string, object?>>(found);
            })
            .Build();

        var response = await subgraph.EntitiesAsync(
            "... on Ferry { name }",
            new { __typename = "Ferry", id = "f2" },
            new { __typename = "Ferry", id = "f9" },
            new { __typename = "Ferry", id = "f1" },
            new { __typename = "Ferry", id = "f2" });

        Assert.Equal(["f2,f9,f1"], loads);
        Assert.Equal("""{"data":{"_entities":[{"name":"Polarlys"},null,{"name":"Nordlys"},{"name":"Polarlys"}]}}""", response.Compact());
    }

    [Fact]
    public async Task A_representation_for_another_key_fails_alone()
    {
        var subgraph = new SubgraphBuilder(Sdl)
            .ResolveReferencesByKey<string>("Ferry", "id", (ids, _) => ValueTask.FromResult<IReadOnlyDictionary<string, object?>>(
                ids.Where(Ferries.ContainsKey).ToDictionary(id => id, id => (object?)Ferries[id])))
            .Build();

        var response = await subgraph.EntitiesAsync("... on Ferry { name }", new { __typename = "Ferry", imo = 9_100_001 }, new { __typename = "Ferry", id = "f1" });

        Assert.Equal("""{"_entities":[null,{"name":"Nordlys"}]}""", response.GetProperty("data").Compact());
        Assert.Equal(
            "The Ferry representation has none of the fields its reference resolvers load by (id); add ResolveReferencesByKey for the key it was sent for.",
            Assert.Single(response.GetProperty("errors").EnumerateArray()).GetProperty("message").GetString());
    }

    [Fact]
    public async Task Int_keys_arrive_as_int()
    {
        IReadOnlyList<int>? seen = null;
        var subgraph = new SubgraphBuilder(Sdl)
            .ResolveReferencesByKey<int>("Ferry", "imo", (imos, _) =>
            {
                seen = imos;
                return ValueTask.FromResult<IReadOnlyDictionary<int, object?>>(new Dictionary<int, object?>());
            })
            .Build();

        await subgraph.EntitiesAsync("__typename", new { __typename = "Ferry", imo = 9_100_002 });

        Assert.Equal([9_100_002], seen);
    }

    [Fact]
    public async Task Loaders_for_each_key_combine_and_each_is_called_once()
    {
        var loads = new List<string>();
        var subgraph = new SubgraphBuilder(Sdl)
            .ResolveReferencesByKey<string>("Ferry", "id", (ids, _) =>
            {
                loads.Add("id:" + string.Join(",", ids));
                return ValueTask.FromResult<IReadOnlyDictionary<string, object?>>(ids.ToDictionary(id => id, id => (object?)Ferries[id]));
            })
            .ResolveReferencesByKey<int>("Ferry", "imo", (imos, _) =>
            {
                loads.Add("imo:" + string.Join(",", imos));
                return ValueTask.FromResult<IReadOnlyDictionary<int, object?>>(Ferries.Values.Where(f => imos.Contains(f.Imo)).ToDictionary(f => f.Imo, f => (object?)f));
            })
            .Build();

        var response = await subgraph.EntitiesAsync(
            "... on Ferry { name }",
            new { __typename = "Ferry", imo = 9_100_002 },
            new { __typename = "Ferry", id = "f1" },
            new { __typename = "Ferry", imo = 9_100_001 });

        Assert.Equal(["id:f1", "imo:9100002,9100001"], loads.Order(StringComparer.Ordinal));
        Assert.Equal("""{"data":{"_entities":[{"name":"Polarlys"},{"name":"Nordlys"},{"name":"Nordlys"}]}}""", response.Compact());
    }

    [Fact]
    public async Task A_failing_loader_fails_only_the_representations_of_its_key()
    {
        var subgraph = new SubgraphBuilder(Sdl)
            .ResolveReferencesByKey<string>("Ferry", "id", (ids, _) => throw new InvalidOperationException("The ferry register is offline."))
            .ResolveReferencesByKey<int>("Ferry", "imo", (imos, _) => ValueTask.FromResult<IReadOnlyDictionary<int, object?>>(
                new Dictionary<int, object?> { [9_100_001] = Ferries["f1"] }))
            .Build();

        var response = await subgraph.EntitiesAsync("... on Ferry { name }", new { __typename = "Ferry", id = "f2" }, new { __typename = "Ferry", imo = 9_100_001 });

        Assert.Equal("""{"_entities":[null,{"name":"Nordlys"}]}""", response.GetProperty("data").Compact());
        Assert.Equal("The ferry register is offline.", Assert.Single(response.GetProperty("errors").EnumerateArray()).GetProperty("message").GetString());
    }
}
