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

    public static SearchConditions For(SearchQuery query, SearchViewer viewer)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(viewer);
        var conditions = new SearchConditions();
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

        var filter = query.Filter ?? SearchFilter.None;
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
