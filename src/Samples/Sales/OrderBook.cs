using System.Collections.Concurrent;
using Gateway.Samples.SystemOfRecord;
using Microsoft.Data.Sqlite;

namespace Gateway.Samples.Sales;

/// <summary>Reads orders, their lines and products from the sales system of record, a batch per query.</summary>
public sealed class OrderBook(SystemOfRecordFile file)
{
    private const string OrderColumns = "id, buyer_id, ordered_at, status, currency, total_cents";
    private const string ProductColumns = "id, name, category, price_cents";

    private readonly RecordReader _records = new(file);
    private readonly ConcurrentDictionary<Page, PagedBatch<SalesOrder>> _ordersOfBuyers = new();

    /// <summary>The orders with these ids, by id.</summary>
    public ValueTask<IReadOnlyDictionary<string, object?>> FindOrdersAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken) =>
        _records.ByKeyAsync($"SELECT {OrderColumns} FROM orders WHERE id IN ({RecordReader.Keys})", ids, ReadOrder, static order => order.Id, cancellationToken);

    /// <summary>The products with these ids, by id.</summary>
    public ValueTask<IReadOnlyDictionary<string, object?>> FindProductsAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken) =>
        _records.ByKeyAsync($"SELECT {ProductColumns} FROM products WHERE id IN ({RecordReader.Keys})", ids, static reader => ReadProduct(reader, 0), static product => product.Id, cancellationToken);

    /// <summary>A page of all orders, newest first.</summary>
    public ValueTask<IReadOnlyList<SalesOrder>> ListOrdersAsync(Page page, CancellationToken cancellationToken) =>
        _records.PageAsync($"SELECT {OrderColumns} FROM orders ORDER BY ordered_at DESC, id DESC LIMIT @limit OFFSET @offset", page, ReadOrder, cancellationToken);

    /// <summary>A page of the product catalogue in id order.</summary>
    public ValueTask<IReadOnlyList<Product>> ListProductsAsync(Page page, CancellationToken cancellationToken) =>
        _records.PageAsync($"SELECT {ProductColumns} FROM products ORDER BY id LIMIT @limit OFFSET @offset", page, static reader => ReadProduct(reader, 0), cancellationToken);

    /// <summary>
    /// The batch function of <c>User.orders</c> for one page: the page of each buyer's orders, newest first,
    /// for all the buyers of a batch in one query (a window per buyer).
    /// </summary>
    public PagedBatch<SalesOrder> OrdersOfBuyers(Page page) =>
        _ordersOfBuyers.GetOrAdd(page, static (page, records) => new PagedBatch<SalesOrder>("sales.ordersOfBuyer." + page, (buyers, cancellationToken) => records.GroupedByKeyAsync(
            $"""
            SELECT {OrderColumns} FROM (
              SELECT {OrderColumns}, ROW_NUMBER() OVER (PARTITION BY buyer_id ORDER BY ordered_at DESC, id DESC) AS position
              FROM orders WHERE buyer_id IN ({RecordReader.Keys})
            )
            WHERE position > @offset AND position <= @offset + @limit
            ORDER BY buyer_id, position
            """,
            buyers,
            page,
            ReadOrder,
            static order => order.BuyerId,
            cancellationToken)), _records);

    /// <summary>The lines of each of these orders, in line order, in one query.</summary>
    public ValueTask<IReadOnlyDictionary<string, IReadOnlyList<OrderLine>>> LinesOfOrdersAsync(IReadOnlyList<string> orderIds, CancellationToken cancellationToken) =>
        _records.GroupedByKeyAsync(
            $"""
            SELECT l.order_id, l.line_number, l.quantity, l.unit_price_cents, p.id, p.name, p.category, p.price_cents
            FROM order_lines l JOIN products p ON p.id = l.product_id
            WHERE l.order_id IN ({RecordReader.Keys})
            ORDER BY l.order_id, l.line_number
            """,
            orderIds,
            default,
            static reader =>
            {
                var quantity = reader.GetInt32(2);
                var unitCents = reader.GetInt64(3);
                return new OrderLine(
                    KeyList.Id(reader.GetInt64(0)),
                    reader.GetInt32(1),
                    ReadProduct(reader, 4),
                    quantity,
                    Money.FromCents(unitCents, SalesGeneration.Currency),
                    Money.FromCents(unitCents * quantity, SalesGeneration.Currency));
            },
            static line => line.OrderId,
            cancellationToken);

    private static SalesOrder ReadOrder(SqliteDataReader reader) => new(
        KeyList.Id(reader.GetInt64(0)),
        KeyList.Id(reader.GetInt64(1)),
        reader.GetString(2),
        reader.GetString(3),
        Money.FromCents(reader.GetInt64(5), reader.GetString(4)));

    private static Product ReadProduct(SqliteDataReader reader, int first) => new(
        KeyList.Id(reader.GetInt64(first)),
        reader.GetString(first + 1),
        reader.GetString(first + 2),
        Money.FromCents(reader.GetInt64(first + 3), SalesGeneration.Currency));
}
