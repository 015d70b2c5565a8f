using Gateway.Federation.Planning;
using Gateway.Federation.Supergraphs;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.Federation.Tests.Execution;

/// <summary>
/// Required fields with arguments, end to end (the <c>required-arguments</c> fixture, served by real subgraphs):
/// shipping's <c>freightUsd</c> and <c>freightEur</c> need pricing's <c>price</c> in two currencies, and the client
/// asks a third.
/// </summary>
public sealed class RequiredArgumentsExecutionTests
{
    private const string PricingSdl = """
        scalar _Any
        union _Entity = Item
        type Query { items: [Item!]! _entities(representations: [_Any!]!): [_Entity]! }
        type Item { sku: ID! price(currency: String!): Int }
        """;

    private const string ShippingSdl = """
        scalar _Any
        union _Entity = Item
        type Query { _entities(representations: [_Any!]!): [_Entity]! }
        type Item { sku: ID! freightUsd: Int freightEur: Int }
        """;

    [Fact]
    public async Task Each_requirement_reaches_its_subgraph_with_the_value_of_its_own_arguments()
    {
        await using var pricing = await TestSubgraph.StartAsync(
            PricingSdl,
            new Dictionary<string, object?> { ["items"] = new List<object?> { Item("a"), Item("b") } },
            configure: schema => ((ObjectType)schema.GetType("Item")!).GetField("price")!.Resolver = context =>
                ValueTask.FromResult<object?>(Price((string)((Dictionary<string, object?>)context.Source!)["sku"]!, (string)context.Arguments["currency"]!)));

        // Shipping sees only the representation: the freight is the price it was sent, doubled, whichever
        // currency the requiring field names.
        await using var shipping = await TestSubgraph.StartAsync(
            ShippingSdl,
            resolveEntity: representation =>
            {
                var price = Convert.ToInt64(representation["price"], System.Globalization.CultureInfo.InvariantCulture);
                return new Dictionary<string, object?>
                {
                    ["__typename"] = "Item",
                    ["sku"] = representation["sku"],
                    ["freightUsd"] = price * 2,
                    ["freightEur"] = price * 2,
                };
            });
        var supergraph = SupergraphReader.Read(Fixtures.Text("required-arguments")
            .Replace("http://localhost:4001/graphql", pricing.Url, StringComparison.Ordinal)
            .Replace("http://localhost:4002/graphql", shipping.Url, StringComparison.Ordinal));
        const string Query = """{ items { sku price(currency: "GBP") freightUsd freightEur } }""";

        var plan = new QueryPlanner(supergraph).Plan(Parser.Parse(Query));
        var json = await ShopSubgraphs.RunAsync(supergraph, plan.Node, Query);

        Assert.Equal(
            """{"data":{"items":[{"sku":"a","price":15,"freightUsd":20,"freightEur":40},{"sku":"b","price":150,"freightUsd":200,"freightEur":400}]}}""",
            json);
        Assert.Equal(2, shipping.Requests.Count);
    }

    private static Dictionary<string, object?> Item(string sku) => new() { ["__typename"] = "Item", ["sku"] = sku };

    /// <summary>10 USD, 20 EUR or 15 GBP for item a; ten times as much for b.</summary>
    private static long Price(string sku, string currency) =>
        (sku == "a" ? 1 : 10) * currency switch { "USD" => 10L, "EUR" => 20L, _ => 15L };
}
