namespace Gateway.Samples.Sales;

/// <summary>An order of the sales system of record, served as the <c>Order</c> entity.</summary>
/// <param name="Id">The order id.</param>
/// <param name="BuyerId">The registered user who placed it.</param>
/// <param name="OrderedAt">ISO 8601 UTC instant.</param>
/// <param name="Status">The <c>OrderStatus</c> name.</param>
/// <param name="Total">The sum of the lines' amounts.</param>
public sealed record SalesOrder(string Id, string BuyerId, string OrderedAt, string Status, Money Total)
{
    /// <summary>The buyer, a registered user the sales domain knows by id only.</summary>
    public Buyer Buyer => new(BuyerId);
}
