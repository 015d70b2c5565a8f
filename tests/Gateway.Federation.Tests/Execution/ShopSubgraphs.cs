using Gateway.Federation.Execution;
using Gateway.Federation.Planning;
using Gateway.Federation.Supergraphs;
using Gateway.Federation.Transport;
using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.Federation.Tests.Execution;

/// <summary>
/// A two-subgraph shop for executor tests (<c>Fixtures/shop-supergraph.graphql</c>): <c>products</c> owns
/// products (key <c>upc</c>), <c>reviews</c> adds <c>reviews</c> and <c>rating</c> to them and owns reviews.
/// Top products are 1, 2, 1 (a repeated entity); product 2's reviews fail with a field error.
/// </summary>
internal static class ShopSubgraphs
{
    public const string ProductsSdl = """
        scalar _Any
        union _Entity = Product
        type Query { topProducts(first: Int = 5): [Product!]! product(upc: String!): Product _entities(representations: [_Any!]!): [_Entity]! }
        type Product { upc: String! name: String price: Int secret: String }
        """;

    public const string ReviewsSdl = """
        scalar _Any
        union _Entity = Product
        type Query { latestReviews: [Review!]! _entities(representations: [_Any!]!): [_Entity]! }
        type Mutation { addReview(upc: String!, body: String!): Review }
        type Product { upc: String! reviews: [Review!] rating: Int! }
        type Review { id: ID! body: String! product: Product! }
        """;

    public static Dictionary<string, object?> Product(string upc) => new()
    {
        ["__typename"] = "Product",
        ["upc"] = upc,
        ["name"] = upc switch { "1" => "Table", "2" => "Couch", _ => "Chair" },
        ["price"] = long.Parse(upc, System.Globalization.CultureInfo.InvariantCulture) * 100,
        ["secret"] = "s" + upc,
    };

    public static Task<TestSubgraph> StartProductsAsync(SubgraphBehavior behavior = SubgraphBehavior.GraphQL) =>
        TestSubgraph.StartAsync(
            ProductsSdl,
            new Dictionary<string, object?> { ["topProducts"] = new List<object?> { Product("1"), Product("2"), Product("1") } },
            representation => Product((string)representation["upc"]!),
            schema => schema.QueryType!.GetField("product")!.Resolver = context =>
                ValueTask.FromResult<object?>(Product((string)context.Arguments["upc"]!)),
            behavior);

    public static Task<TestSubgraph> StartReviewsAsync(SubgraphBehavior behavior = SubgraphBehavior.GraphQL) =>
        TestSubgraph.StartAsync(
            ReviewsSdl,
            new Dictionary<string, object?>
            {
                ["latestReviews"] = new List<object?>
                {
                    new Dictionary<string, object?> { ["id"] = "r1", ["body"] = "Sturdy", ["product"] = new Dictionary<string, object?> { ["__typename"] = "Product", ["upc"] = "1" } },
                    new Dictionary<string, object?> { ["id"] = "r2", ["body"] = "Soft", ["product"] = new Dictionary<string, object?> { ["__typename"] = "Product", ["upc"] = "2" } },
                },
            },
            representation =>
            {
                var upc = (string)representation["upc"]!;
                return new Dictionary<string, object?>
                {
                    ["__typename"] = "Product",
                    ["upc"] = upc,
                    ["rating"] = upc == "1" ? 5L : 3L,
                    ["reviews"] = new List<object?> { new Dictionary<string, object?> { ["id"] = "r" + upc, ["body"] = "Nice " + upc } },
                };
            },
            schema => ((ObjectType)schema.GetType("Product")!).GetField("reviews")!.Resolver = context =>
            {
                var product = (Dictionary<string, object?>)context.Source!;
                return (string)product["upc"]! == "2"
                    ? throw new InvalidOperationException("Reviews of product 2 are unavailable.")
                    : ValueTask.FromResult(product["reviews"]);
            },
            behavior);

    public static Supergraph Supergraph(string productsUrl, string reviewsUrl) =>
        SupergraphReader.Read(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Execution", "Fixtures", "shop-supergraph.graphql"))
            .Replace("{products}", productsUrl, StringComparison.Ordinal)
            .Replace("{reviews}", reviewsUrl, StringComparison.Ordinal));

    public static FetchNode Fetch(string service, string operation, params string[] variableUsages) =>
        new(service, operation, variableUsages, null, OperationType.Query);

    public static FetchNode EntityFetch(string service, string requires, string operation) =>
        new(service, operation, [], Selection(requires), OperationType.Query);

    public static SelectionSetNode Selection(string text) =>
        ((OperationDefinitionNode)Parser.Parse(text).Definitions[0]).SelectionSet;

    /// <summary>Runs <paramref name="plan"/> for <paramref name="query"/> and gives the response as JSON.</summary>
    public static async Task<string> RunAsync(
        Supergraph supergraph,
        PlanNode? plan,
        string query,
        IReadOnlyDictionary<string, object?>? variables = null,
        IFieldAccessPolicy? policy = null,
        SubgraphTransportOptions? transport = null,
        FederatedExecutionOptions? options = null)
    {
        using var clients = new SubgraphClientPool(supergraph, transport);
        var executor = new FederatedExecutor(clients, options);
        var result = await executor.ExecuteAsync(
            supergraph, new QueryPlan(plan), Parser.Parse(query), null, variables, policy, CancellationToken.None);
        return result.ToJson();
    }
}
