namespace Gateway.Search.Embedded;

/// <summary>Collects the counts a search's facet query returns into facets in a fixed order, each value by count.</summary>
internal sealed class FacetCounts
{
    /// <summary>The facets every search answers, in this order.</summary>
    public static readonly string[] Names = ["domain", "status", "owner", "classification", "tags"];

    /// <summary>A facet lists at most this many values, the most frequent.</summary>
    public const int MaxValues = 25;

    private readonly Dictionary<string, Dictionary<string, long>> _values = new(StringComparer.Ordinal);

    public long Total { get; set; }

    /// <summary>Adds <paramref name="count"/> to the facet's value (values repeat across rows of combined groupings).</summary>
    public void Add(string facet, string value, long count)
    {
        if (!_values.TryGetValue(facet, out var values))
        {
            values = new Dictionary<string, long>(StringComparer.Ordinal);
            _values.Add(facet, values);
        }

        values[value] = values.GetValueOrDefault(value) + count;
    }

    public IReadOnlyList<SearchFacet> ToFacets()
    {
        var facets = new List<SearchFacet>(Names.Length);
        foreach (var name in Names)
        {
            if (!_values.TryGetValue(name, out var counts))
            {
                facets.Add(new SearchFacet(name, []));
                continue;
            }

            var values = new List<SearchFacetValue>(counts.Count);
            foreach (var (value, count) in counts)
            {
                values.Add(new SearchFacetValue(value, count));
            }

            values.Sort(static (x, y) => x.Count != y.Count ? y.Count.CompareTo(x.Count) : string.CompareOrdinal(x.Value, y.Value));
            facets.Add(new SearchFacet(name, values.Count > MaxValues ? values.GetRange(0, MaxValues) : values));
        }

        return facets;
    }
}
