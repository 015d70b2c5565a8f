namespace Gateway.Samples.Sales;

/// <summary>A product of the shop's catalogue, served as the <c>Product</c> entity.</summary>
public sealed record Product(string Id, string Name, string Category, Money Price);
