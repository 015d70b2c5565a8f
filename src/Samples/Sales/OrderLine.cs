namespace Gateway.Samples.Sales;

/// <summary>One line of an order: a product, how many, at what unit price, and the line's amount.</summary>
/// <param name="OrderId">The order the line belongs to (not served: the line is reached through its order).</param>
/// <param name="LineNumber">The line's position in the order, from 1.</param>
/// <param name="Product">What was bought.</param>
/// <param name="Quantity">How many.</param>
/// <param name="UnitPrice">The price of one at the time of the order.</param>
/// <param name="Amount">Quantity times unit price.</param>
public sealed record OrderLine(string OrderId, int LineNumber, Product Product, int Quantity, Money UnitPrice, Money Amount);
