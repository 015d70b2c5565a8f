namespace Gateway.GraphQL.Benchmarks;

/// <summary>One record of the list benchmark; the same values are generated on the Node side.</summary>
public sealed class ShopItem
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public string? Description { get; init; }

    public double Price { get; init; }

    public int Quantity { get; init; }

    public bool Available { get; init; }

    public string? Category { get; init; }

    public double? Rating { get; init; }

    public string? CreatedAt { get; init; }

    public required string Sku { get; init; }

    /// <summary>Deterministic data shared with the Node benchmark (tests/Interop/bench.mjs).</summary>
    public static ShopItem[] Generate(int count)
    {
        var items = new ShopItem[count];
        for (var i = 0; i < count; i++)
        {
            items[i] = new ShopItem
            {
                Id = $"item-{i}",
                Name = $"Item {i}",
                Description = i % 3 == 0 ? null : $"Description of item {i}",
                Price = i * 1.25,
                Quantity = i % 100,
                Available = i % 2 == 0,
                Category = $"cat-{i % 10}",
                Rating = (i % 50) / 10.0,
                CreatedAt = "2026-01-01T00:00:00Z",
                Sku = $"SKU-{i:D6}",
            };
        }

        return items;
    }
}
