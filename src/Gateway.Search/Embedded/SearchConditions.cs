using System.Globalization;
using System.Text;

namespace Gateway.Search.Embedded;

/// <summary>
/// The SQL conditions both embedded indexes put on <c>search_products p</c>: what the viewer may see and the
/// facet filters, with their parameters (never the values themselves in the SQL).
/// </summary>
internal sealed class SearchConditions
{
    /// <summary>A filter of more values than this is refused: no facet shows that many, and the SQL stays bounded.</summary>
    public const int MaxFilterValues = 100;

    private readonly StringBuilder _sql = new();
    private readonly List<(string Name, object Value)> _parameters = [];

    private SearchConditions()
    {
    }

    /// <summary>Conditions joined with AND, each starting with <c> AND </c>; empty when none.</summary>
    public string Sql => _sql.ToString();

    public IReadOnlyList<(string Name, object Value)> Parameters => _parameters;

    // The same conditions as values, for the term index, which applies them in memory.
    public bool IncludeRetired { get; private init; }

    /// <summary>Null for an administrator (every draft visible); else the names whose drafts the viewer sees (their owner or team).</summary>
    public IReadOnlySet<string>? DraftOwners { get; private init; }

    public IReadOnlyList<string> Domains { get; private init; } = [];

    /// <summary>Lower case, as stored.</summary>
    public IReadOnlyList<string> Statuses { get; private init; } = [];

    public IReadOnlyList<string> Owners { get; private init; } = [];

    /// <summary>Lower case, as stored.</summary>
    public IReadOnlyList<string> Classifications { get; private init; } = [];

    public IReadOnlyList<string> Tags { get; private init; } = [];

    public static SearchConditions For(SearchQuery query, SearchViewer viewer)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(viewer);
        var filter = query.Filter ?? SearchFilter.None;
        var conditions = new SearchConditions
        {
            IncludeRetired = query.IncludeRetired,
            DraftOwners = viewer.IsAdministrator ? null : new HashSet<string>(viewer.OwnerNames, StringComparer.Ordinal),
            Domains = filter.Domains ?? [],
            Statuses = Lower(filter.Statuses),
            Owners = filter.Owners ?? [],
            Classifications = Lower(filter.Classifications),
            Tags = filter.Tags ?? [],
        };
        if (!query.IncludeRetired)
        {
            conditions._sql.Append(" AND p.status <> 'retired'");
        }

        // Drafts are their owners' work in progress: visible to the product's owner or team, and to administrators.
        if (!viewer.IsAdministrator)
        {
            if (viewer.OwnerNames.Count == 0)
            {
                conditions._sql.Append(" AND p.status <> 'draft'");
            }
            else
            {
                var owners = conditions.List("o", viewer.OwnerNames, lowerCase: false);
                conditions._sql.Append(CultureInfo.InvariantCulture, $" AND (p.status <> 'draft' OR p.owner IN ({owners}) OR p.team IN ({owners}))");
            }
        }

        conditions.In("p.domain", "d", filter.Domains, lowerCase: false);
        conditions.In("p.status", "s", filter.Statuses, lowerCase: true);
        conditions.In("p.owner", "w", filter.Owners, lowerCase: false);
        conditions.In("p.classification", "c", filter.Classifications, lowerCase: true);
        if (filter.Tags is { Count: > 0 } tags)
        {
            var list = conditions.List("t", tags, lowerCase: false);
            conditions._sql.Append(CultureInfo.InvariantCulture, $" AND EXISTS (SELECT 1 FROM search_product_tags t WHERE t.product_id = p.id AND t.tag IN ({list}))");
        }

        return conditions;
    }

    private static List<string> Lower(IReadOnlyList<string>? values)
    {
        var lower = new List<string>(values?.Count ?? 0);
        foreach (var value in values ?? [])
        {
            lower.Add(value.ToLowerInvariant());
        }

        return lower;
    }

    private void In(string column, string prefix, IReadOnlyList<string>? values, bool lowerCase)
    {
        if (values is { Count: > 0 })
        {
            _sql.Append(CultureInfo.InvariantCulture, $" AND {column} IN ({List(prefix, values, lowerCase)})");
        }
    }

    private string List(string prefix, IEnumerable<string> values, bool lowerCase)
    {
        var names = new StringBuilder();
        var count = 0;
        foreach (var value in values)
        {
            if (++count > MaxFilterValues)
            {
                throw new ArgumentException($"A search filter lists at most {MaxFilterValues} values; narrow the filter.", nameof(values));
            }

            var name = $"@{prefix}{count}";
            names.Append(names.Length == 0 ? "" : ", ").Append(name);
            _parameters.Add((name, lowerCase ? value.ToLowerInvariant() : value));
        }

        return names.ToString();
    }
}
