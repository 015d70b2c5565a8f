namespace Gateway.GraphQL.Benchmarks;

/// <summary>Root value of the list benchmark: the default resolver reads <c>items</c> from it.</summary>
public sealed class ShopRoot
{
    public required ShopItem[] Items { get; init; }
}
