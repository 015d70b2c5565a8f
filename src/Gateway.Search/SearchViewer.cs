namespace Gateway.Search;

/// <summary>
/// Who searches, for permissions: drafts are visible only to their owners (the product's owner or team is one of
/// <see cref="OwnerNames"/>) and to administrators.
/// </summary>
public sealed record SearchViewer(string? ClientId, IReadOnlySet<string> OwnerNames, bool IsAdministrator)
{
    public static SearchViewer Anonymous { get; } = new(null, new HashSet<string>(StringComparer.Ordinal), false);
}
