namespace Gateway.Samples.Sales;

/// <summary>One line of an order: a product, how many, at what unit price, and the line's amount.</summary>
public sealed record OrderLine(int LineNumber, Product Product, int Quantity, Money UnitPrice, Money Amount);
