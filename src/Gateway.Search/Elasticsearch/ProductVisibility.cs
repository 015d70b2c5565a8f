using Gateway.Catalog.Model;

namespace Gateway.Search.Elasticsearch;

/// <summary>
/// Who may see a product, stored in its document's <c>visibility</c> keyword so one <c>terms</c> filter enforces it in
/// searches and the same values, as the completion fields' category context, in suggestions: published and deprecated
/// products are <c>public</c>, retired ones <c>retired</c> (shown only when asked for), drafts <c>draft</c> (for
/// administrators) and <c>owner:{name}</c> for their owner and team.
/// </summary>
internal static class ProductVisibility
{
    public const string Public = "public";
    public const string Retired = "retired";
    public const string Draft = "draft";
    private const string OwnerPrefix = "owner:";

    private static readonly string DraftStatus = Lifecycle.Name(LifecycleStatus.Draft);
    private static readonly string RetiredStatus = Lifecycle.Name(LifecycleStatus.Retired);

    public static bool IsDraft(string status) => status == DraftStatus;

    public static bool IsRetired(string status) => status == RetiredStatus;

    public static List<string> OfDocument(SearchDocument document)
    {
        if (IsRetired(document.Status))
        {
            return [Retired];
        }

        if (!IsDraft(document.Status))
        {
            return [Public];
        }

        var values = new List<string>(3) { Draft };
        if (document.Owner is { Length: > 0 } owner)
        {
            values.Add(OwnerPrefix + owner);
        }

        if (document.Team is { Length: > 0 } team && team != document.Owner)
        {
            values.Add(OwnerPrefix + team);
        }

        return values;
    }

    /// <summary>The visibility values a viewer may see: every product's for administrators, else public and their own drafts.</summary>
    public static List<string> OfViewer(SearchViewer viewer, bool includeRetired)
    {
        var values = new List<string>(viewer.OwnerNames.Count + 3) { Public };
        if (viewer.IsAdministrator)
        {
            values.Add(Draft);
        }
        else
        {
            foreach (var name in viewer.OwnerNames)
            {
                values.Add(OwnerPrefix + name);
            }

            // Sorted so the same viewer always sends the same request (snapshots, caches).
            values.Sort(1, values.Count - 1, StringComparer.Ordinal);
        }

        if (includeRetired)
        {
            values.Add(Retired);
        }

        return values;
    }
}
