namespace Gateway.Search.Embedded;

/// <summary>Collects the rows <c>(facet, value, count)</c> a search's facet query returns into facets in a fixed order, each value by count.</summary>
internal sealed class FacetCounts
{
    /// <summary>The facets every search answers, in this order.</summary>
    public static readonly string[] Names = ["domain", "status", "owner", "classification", "tags"];

    /// <summary>A facet lists at most this many values, the most frequent.</summary>
    public const int MaxValues = 25;

    private readonly Dictionary<string, List<SearchFacetValue>> _values = new(StringComparer.Ordinal);

    public long Total { get; set; }

    public void Add(string facet, string value, long count)
    {
        if (!_values.TryGetValue(facet, out var values))
        {
            values = [];
            _values.Add(facet, values);
        }

        values.Add(new SearchFacetValue(value, count));
    }

    public IReadOnlyList<SearchFacet> ToFacets()
    {
        var facets = new List<SearchFacet>(Names.Length);
        foreach (var name in Names)
        {
            if (!_values.TryGetValue(name, out var values))
            {
                facets.Add(new SearchFacet(name, []));
                continue;
            }

            values.Sort(static (x, y) => x.Count != y.Count ? y.Count.CompareTo(x.Count) : string.CompareOrdinal(x.Value, y.Value));
            facets.Add(new SearchFacet(name, values.Count > MaxValues ? values.GetRange(0, MaxValues) : values));
        }

        return facets;
    }
}
