namespace Gateway.Subgraph.Tests;

/// <summary>Entity interfaces (<c>@key</c> on an interface, Federation 2.3) and <c>@interfaceObject</c>.</summary>
public sealed class InterfaceEntityTests
{
    private const string Owner = """
        extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])

        type Query { item(id: ID!): Item }

        interface Item @key(fields: "id") { id: ID! name: String }
        type Map implements Item @key(fields: "id") { id: ID! name: String scale: Int }
        type Globe implements Item @key(fields: "id") { id: ID! name: String diameter: Int }
        """;

    private sealed record Map(string Id, string Name, int Scale);

    private sealed record Globe(string Id, string Name, int Diameter);

    private static readonly Dictionary<string, object> Items = new()
    {
        ["m1"] = new Map("m1", "Coast", 50_000),
        ["g1"] = new Globe("g1", "Earth", 30),
    };

    [Fact]
    public async Task A_representation_of_the_interface_resolves_to_its_implementation()
    {
        var subgraph = new SubgraphBuilder(Owner)
            .ResolveReferences("Item", (representations, _) => ValueTask.FromResult<IReadOnlyList<object?>>(
                [.. representations.Select(r => Items.GetValueOrDefault(r.Require<string>("id")))]))
            .Build();

        var response = await subgraph.EntitiesAsync(
            "__typename ... on Item { name } ... on Map { scale } ... on Globe { diameter }",
            new { __typename = "Item", id = "g1" },
            new { __typename = "Item", id = "m1" });

        Assert.Equal(
            """{"data":{"_entities":[{"__typename":"Globe","name":"Earth","diameter":30},{"__typename":"Map","name":"Coast","scale":50000}]}}""",
            response.Compact());
    }

    [Fact]
    public async Task The_interface_type_resolver_decides_when_there_is_one()
    {
        var subgraph = new SubgraphBuilder(Owner)
            .ResolveReferences("Item", (representations, _) => ValueTask.FromResult<IReadOnlyList<object?>>(
                [.. representations.Select(r => (object?)new Dictionary<string, object?> { ["id"] = r["id"], ["name"] = "Unnamed" })]))
            .ResolveType("Item", (_, context) => (Gateway.GraphQL.Types.ObjectType)context.Schema.GetType("Globe")!)
            .Build();

        var response = await subgraph.EntitiesAsync("__typename", new { __typename = "Item", id = "x" });

        Assert.Equal("""{"data":{"_entities":[{"__typename":"Globe"}]}}""", response.Compact());
    }

    [Fact]
    public async Task An_interface_object_is_resolved_under_the_interface_name()
    {
        // Another subgraph adds fields to every Item without knowing its implementations.
        var subgraph = new SubgraphBuilder("""
            extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@interfaceObject"])
            type Item @key(fields: "id") @interfaceObject { id: ID! stock: Int }
            """)
            .ResolveReference("Item", (representation, _) => ValueTask.FromResult<object?>(new { id = representation["id"], stock = representation.Require<string>("id").Length }))
            .Build();

        var response = await subgraph.EntitiesAsync("__typename ... on Item { stock }", new { __typename = "Item", id = "g1" });

        Assert.Equal("""{"data":{"_entities":[{"__typename":"Item","stock":2}]}}""", response.Compact());
    }
}
