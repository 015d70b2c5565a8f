namespace Gateway.Search;

/// <summary>Facet filters: each list, when not empty, keeps results whose value is one of its entries.</summary>
public sealed record SearchFilter(
    IReadOnlyList<string> Domains,
    IReadOnlyList<string> Statuses,
    IReadOnlyList<string> Owners,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> Classifications)
{
    public static SearchFilter None { get; } = new([], [], [], [], []);
}
