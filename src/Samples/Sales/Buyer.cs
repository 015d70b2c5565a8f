namespace Gateway.Samples.Sales;

/// <summary>A registered user as the sales domain sees it: an id (the registration domain owns the rest), and the orders placed under it.</summary>
public sealed record Buyer(string Id);
