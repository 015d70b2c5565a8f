using Bogus;
using Gateway.Samples.SystemOfRecord;

namespace Gateway.Samples.Sales;

/// <summary>
/// Generates the sales system of record: a product catalogue (one product per 250 orders, at least 20),
/// <see cref="SampleSizes.Orders"/> orders of users 1..Users placed over the last three years, each with one
/// to five lines whose amounts add up to the order total, all in cents.
/// </summary>
public static class SalesGeneration
{
    public const string FileName = "sales.db";

    public const string Currency = "EUR";

    private const string Schema = """
        CREATE TABLE products (
          id INTEGER PRIMARY KEY,
          name TEXT NOT NULL,
          category TEXT NOT NULL,
          price_cents INTEGER NOT NULL
        );
        CREATE TABLE orders (
          id INTEGER PRIMARY KEY,
          buyer_id INTEGER NOT NULL,
          ordered_at TEXT NOT NULL,
          status TEXT NOT NULL,
          currency TEXT NOT NULL,
          total_cents INTEGER NOT NULL
        );
        CREATE TABLE order_lines (
          order_id INTEGER NOT NULL,
          line_number INTEGER NOT NULL,
          product_id INTEGER NOT NULL,
          quantity INTEGER NOT NULL,
          unit_price_cents INTEGER NOT NULL,
          PRIMARY KEY (order_id, line_number)
        ) WITHOUT ROWID;
        """;

    // Indexes after the inserts: building them once is faster than maintaining them row by row.
    private const string Indexes = "CREATE INDEX orders_by_buyer ON orders (buyer_id, ordered_at DESC, id DESC);";

    private static readonly string[] Statuses = ["DELIVERED", "DELIVERED", "DELIVERED", "DELIVERED", "SHIPPED", "PAID", "PLACED", "CANCELLED"];

    /// <summary>Generates <paramref name="file"/> from <paramref name="sizes"/>.</summary>
    public static void Generate(SystemOfRecordFile file, SampleSizes sizes)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(sizes);
        file.Generate(sizes, Schema, (connection, transaction) =>
        {
            // Each domain derives its own stream from the seed, so adding users does not reshuffle orders' shape.
            var faker = new Faker("en") { Random = new Randomizer(sizes.Seed + 1) };
            var prices = new long[Math.Max(20, sizes.Orders / 250) + 1];
            using (var products = new PreparedInsert(connection, transaction, "products", "id", "name", "category", "price_cents"))
            {
                for (var id = 1; id < prices.Length; id++)
                {
                    prices[id] = faker.Random.Int(199, 19_999);
                    products.Set(0, id).Set(1, faker.Commerce.ProductName()).Set(2, faker.Commerce.Department(1)).Set(3, prices[id]).Insert();
                }
            }

            using var orders = new PreparedInsert(connection, transaction, "orders", "id", "buyer_id", "ordered_at", "status", "currency", "total_cents");
            using var lines = new PreparedInsert(connection, transaction, "order_lines", "order_id", "line_number", "product_id", "quantity", "unit_price_cents");
            for (var id = 1; id <= sizes.Orders; id++)
            {
                var lineCount = faker.Random.Int(1, 5);
                long total = 0;
                for (var line = 1; line <= lineCount; line++)
                {
                    var product = faker.Random.Int(1, prices.Length - 1);
                    var quantity = faker.Random.Int(1, 3);
                    total += prices[product] * quantity;
                    lines.Set(0, id).Set(1, line).Set(2, product).Set(3, quantity).Set(4, prices[product]).Insert();
                }

                orders.Set(0, id)
                    .Set(1, faker.Random.Int(1, sizes.Users))
                    .Set(2, SampleCalendar.Instant(SampleCalendar.Today.AddSeconds(-faker.Random.Int(60, 3 * 365 * 86_400))))
                    .Set(3, faker.PickRandom(Statuses))
                    .Set(4, Currency)
                    .Set(5, total)
                    .Insert();
            }

            SystemOfRecordFile.Execute(connection, transaction, Indexes);
        });
    }
}
