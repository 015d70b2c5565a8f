namespace Gateway.Catalog.Model;

/// <summary>
/// The legal moves between lifecycle states. A product is retired only after it was deprecated (its
/// consumers had a sunset date to move by); a retired product stays retired; a deprecated product comes
/// back only by publishing a new version.
/// </summary>
public static class Lifecycle
{
    /// <summary>Null when the move is legal; otherwise why not, in words for the person who asked.</summary>
    public static string? Check(LifecycleStatus? from, LifecycleStatus to) => (from, to) switch
    {
        (null, LifecycleStatus.Draft or LifecycleStatus.Published) => null,
        (null, _) => $"a new product starts as draft or published, not {Name(to)}",
        (LifecycleStatus.Draft, LifecycleStatus.Draft or LifecycleStatus.Published or LifecycleStatus.Retired) => null,
        (LifecycleStatus.Published, LifecycleStatus.Published or LifecycleStatus.Deprecated) => null,
        (LifecycleStatus.Published, LifecycleStatus.Retired) => "a published product must be deprecated, with a sunset date, before it is retired",
        (LifecycleStatus.Deprecated, LifecycleStatus.Deprecated or LifecycleStatus.Published or LifecycleStatus.Retired) => null,
        (LifecycleStatus.Retired, _) => "a retired product cannot change; publish it under a new name",
        _ => $"a {Name(from.Value)} product cannot become {Name(to)}",
    };

    public static string Name(LifecycleStatus status) => status switch
    {
        LifecycleStatus.Draft => "draft",
        LifecycleStatus.Published => "published",
        LifecycleStatus.Deprecated => "deprecated",
        _ => "retired",
    };

    public static LifecycleStatus Parse(string text) => text switch
    {
        "draft" => LifecycleStatus.Draft,
        "published" => LifecycleStatus.Published,
        "deprecated" => LifecycleStatus.Deprecated,
        "retired" => LifecycleStatus.Retired,
        _ => throw new FormatException($"'{text}' is not a lifecycle status (draft, published, deprecated, retired)."),
    };

    /// <summary>ODPS v1.0 <c>status</c> to our lifecycle; null for a status the profile does not accept.</summary>
    public static LifecycleStatus? FromDocumentStatus(string status) => status switch
    {
        "proposed" or "draft" => LifecycleStatus.Draft,
        "active" => LifecycleStatus.Published,
        "deprecated" => LifecycleStatus.Deprecated,
        "retired" => LifecycleStatus.Retired,
        _ => null,
    };
}
