using Gateway.GraphQL.Execution;
using Gateway.Samples.SystemOfRecord;
using Gateway.Subgraph;

namespace Gateway.Samples.Sales;

/// <summary>
/// The sales domain's data product "Orders" as a Federation 2 subgraph: orders with their lines and
/// products, and <c>User.orders</c> on the registration domain's users.
/// </summary>
public static class SalesSubgraph
{
    public const string Name = "sales";

    public const string Sdl = """
        extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])

        type Query {
          "An order by id."
          order(id: ID!): Order
          "Orders, newest first; at most 100 per page."
          orders(limit: Int = 20, offset: Int = 0): [Order!]!
          "A product by id."
          product(id: ID!): Product
          "The product catalogue in id order; at most 100 per page."
          products(limit: Int = 20, offset: Int = 0): [Product!]!
        }

        "An amount of money: a decimal amount with two decimals, as text so it stays exact, and its ISO 4217 currency."
        type Money {
          amount: String!
          currency: String!
        }

        enum OrderStatus {
          PLACED
          PAID
          SHIPPED
          DELIVERED
          CANCELLED
        }

        "An order placed in the shop by a registered user."
        type Order @key(fields: "id") {
          id: ID!
          buyer: User!
          "ISO 8601 UTC instant."
          orderedAt: String!
          status: OrderStatus!
          "The sum of the lines' amounts."
          total: Money!
          lines: [OrderLine!]!
        }

        type OrderLine {
          lineNumber: Int!
          product: Product!
          quantity: Int!
          unitPrice: Money!
          "quantity x unitPrice."
          amount: Money!
        }

        type Product @key(fields: "id") {
          id: ID!
          name: String!
          category: String!
          price: Money!
        }

        "A registered user (owned by the registration domain), with the orders they placed."
        type User @key(fields: "id") {
          id: ID!
          "The user's orders, newest first; at most 100 per page."
          orders(limit: Int = 20, offset: Int = 0): [Order!]!
        }
        """;

    /// <summary>The subgraph over the system of record in <paramref name="file"/>.</summary>
    public static Subgraph.Subgraph Create(SystemOfRecordFile file)
    {
        var book = new OrderBook(file);

        // Made once, not per resolved field: a method group of an instance method allocates a delegate each time.
        Func<IReadOnlyList<string>, CancellationToken, ValueTask<IReadOnlyDictionary<string, IReadOnlyList<OrderLine>>>> linesOfOrders = book.LinesOfOrdersAsync;
        return new SubgraphBuilder(Sdl)
            .Resolve("Query.order", async context =>
            {
                var id = context.Argument<string>("id")!;
                return (await book.FindOrdersAsync([id], context.CancellationToken).ConfigureAwait(false)).GetValueOrDefault(id);
            })
            .Resolve("Query.orders", async context => await book.ListOrdersAsync(PageOf(context), context.CancellationToken).ConfigureAwait(false))
            .Resolve("Query.product", async context =>
            {
                var id = context.Argument<string>("id")!;
                return (await book.FindProductsAsync([id], context.CancellationToken).ConfigureAwait(false)).GetValueOrDefault(id);
            })
            .Resolve("Query.products", async context => await book.ListProductsAsync(PageOf(context), context.CancellationToken).ConfigureAwait(false))
            // The orders of every user in a response level are read with one query, per page asked for.
            .Resolve("User.orders", async context =>
            {
                var batch = book.OrdersOfBuyers(PageOf(context));
                var loader = context.DataLoaders.GetOrAdd(batch.LoaderName, batch.Load);
                return await loader.LoadAsync(((Buyer)context.Source!).Id).ConfigureAwait(false) ?? [];
            })
            .Resolve("Order.lines", async context =>
            {
                var loader = context.DataLoaders.GetOrAdd("sales.linesOfOrder", linesOfOrders);
                return await loader.LoadAsync(((SalesOrder)context.Source!).Id).ConfigureAwait(false) ?? [];
            })
            .ResolveReferencesByKey<string>("Order", "id", (ids, context) => book.FindOrdersAsync(ids, context.CancellationToken))
            .ResolveReferencesByKey<string>("Product", "id", (ids, context) => book.FindProductsAsync(ids, context.CancellationToken))
            // Any user id is a buyer, with no orders when they placed none: the registration domain owns users.
            .ResolveReferencesByKey<string>("User", "id", static (ids, _) => ValueTask.FromResult(KeyList.EntitiesOf(ids, static id => new Buyer(id))))
            .Build();
    }

    private static Page PageOf(FieldContext context) => Page.Of(context.Argument<int?>("limit"), context.Argument<int?>("offset"));
}
