using System.Collections.Concurrent;
using Gateway.Samples.SystemOfRecord;
using Microsoft.Data.Sqlite;

namespace Gateway.Samples.Sales;

/// <summary>Reads orders, their lines and products from the sales system of record, a batch per query.</summary>
public sealed class OrderBook(SystemOfRecordFile file)
{
    private const string OrderColumns = "id, buyer_id, ordered_at, status, currency, total_cents";
    private const string ProductColumns = "id, name, category, price_cents";

    private readonly ConcurrentDictionary<Page, Func<IReadOnlyList<string>, CancellationToken, ValueTask<IReadOnlyDictionary<string, IReadOnlyList<SalesOrder>>>>> _ordersOfBuyers = new();

    /// <summary>The orders with these ids, by id.</summary>
    public async ValueTask<IReadOnlyDictionary<string, object?>> FindOrdersAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, object?>(ids.Count, StringComparer.Ordinal);
        await using var connection = await file.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {OrderColumns} FROM orders WHERE id IN ({KeyList.AddParameters(command, ids)})";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var order = ReadOrder(reader);
            found[order.Id] = order;
        }

        return found;
    }

    /// <summary>The products with these ids, by id.</summary>
    public async ValueTask<IReadOnlyDictionary<string, object?>> FindProductsAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, object?>(ids.Count, StringComparer.Ordinal);
        await using var connection = await file.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {ProductColumns} FROM products WHERE id IN ({KeyList.AddParameters(command, ids)})";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var product = ReadProduct(reader, 0);
            found[product.Id] = product;
        }

        return found;
    }

    /// <summary>A page of all orders, newest first.</summary>
    public async ValueTask<IReadOnlyList<SalesOrder>> ListOrdersAsync(Page page, CancellationToken cancellationToken)
    {
        await using var connection = await file.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {OrderColumns} FROM orders ORDER BY ordered_at DESC, id DESC LIMIT @limit OFFSET @offset";
        command.Parameters.AddWithValue("@limit", page.Limit);
        command.Parameters.AddWithValue("@offset", page.Offset);
        var orders = new List<SalesOrder>(page.Limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            orders.Add(ReadOrder(reader));
        }

        return orders;
    }

    /// <summary>A page of the product catalogue in id order.</summary>
    public async ValueTask<IReadOnlyList<Product>> ListProductsAsync(Page page, CancellationToken cancellationToken)
    {
        await using var connection = await file.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {ProductColumns} FROM products ORDER BY id LIMIT @limit OFFSET @offset";
        command.Parameters.AddWithValue("@limit", page.Limit);
        command.Parameters.AddWithValue("@offset", page.Offset);
        var products = new List<Product>(page.Limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            products.Add(ReadProduct(reader, 0));
        }

        return products;
    }

    /// <summary>
    /// The batch function of <c>User.orders</c> for one page: the page of each buyer's orders, newest first,
    /// for all the buyers of a batch in one query (a window per buyer).
    /// </summary>
    public Func<IReadOnlyList<string>, CancellationToken, ValueTask<IReadOnlyDictionary<string, IReadOnlyList<SalesOrder>>>> OrdersOfBuyers(Page page) =>
        _ordersOfBuyers.GetOrAdd(page, static (page, book) => (buyers, cancellationToken) => book.LoadOrdersOfBuyersAsync(buyers, page, cancellationToken), this);

    /// <summary>The lines of each of these orders, in line order, in one query.</summary>
    public async ValueTask<IReadOnlyDictionary<string, IReadOnlyList<OrderLine>>> LinesOfOrdersAsync(IReadOnlyList<string> orderIds, CancellationToken cancellationToken)
    {
        var lines = new Dictionary<string, IReadOnlyList<OrderLine>>(orderIds.Count, StringComparer.Ordinal);
        await using var connection = await file.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT l.order_id, l.line_number, l.quantity, l.unit_price_cents, p.{ProductColumns.Replace(", ", ", p.", StringComparison.Ordinal)}
            FROM order_lines l JOIN products p ON p.id = l.product_id
            WHERE l.order_id IN ({KeyList.AddParameters(command, orderIds)})
            ORDER BY l.order_id, l.line_number
            """;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        List<OrderLine>? current = null;
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var orderId = KeyList.Id(reader.GetInt64(0));
            if (!lines.TryGetValue(orderId, out var existing))
            {
                current = [];
                lines[orderId] = current;
            }
            else
            {
                current = (List<OrderLine>)existing;
            }

            var quantity = reader.GetInt32(2);
            var unitCents = reader.GetInt64(3);
            current.Add(new OrderLine(
                reader.GetInt32(1),
                ReadProduct(reader, 4),
                quantity,
                Money.FromCents(unitCents, SalesGeneration.Currency),
                Money.FromCents(unitCents * quantity, SalesGeneration.Currency)));
        }

        return lines;
    }

    private async ValueTask<IReadOnlyDictionary<string, IReadOnlyList<SalesOrder>>> LoadOrdersOfBuyersAsync(IReadOnlyList<string> buyers, Page page, CancellationToken cancellationToken)
    {
        var orders = new Dictionary<string, IReadOnlyList<SalesOrder>>(buyers.Count, StringComparer.Ordinal);
        for (var i = 0; i < buyers.Count; i++)
        {
            orders[buyers[i]] = [];
        }

        await using var connection = await file.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT {OrderColumns} FROM (
              SELECT {OrderColumns}, ROW_NUMBER() OVER (PARTITION BY buyer_id ORDER BY ordered_at DESC, id DESC) AS position
              FROM orders WHERE buyer_id IN ({KeyList.AddParameters(command, buyers)})
            )
            WHERE position > @offset AND position <= @offset + @limit
            ORDER BY buyer_id, position
            """;
        command.Parameters.AddWithValue("@limit", page.Limit);
        command.Parameters.AddWithValue("@offset", page.Offset);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var order = ReadOrder(reader);
            if (orders.TryGetValue(order.BuyerId, out var list) && list is List<SalesOrder> growing)
            {
                growing.Add(order);
            }
            else
            {
                orders[order.BuyerId] = new List<SalesOrder> { order };
            }
        }

        return orders;
    }

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
