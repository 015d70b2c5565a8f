namespace Gateway.Search.Embedded;

/// <summary>
/// Numbers for the facet values of the products in memory (<c>("domain", "sales")</c> is one number), so a match counts
/// its facets by adding to a few array slots, and a filter is a set of numbers. Numbers only grow: a table is copied
/// before a change adds values, so a snapshot that shares it never sees it change.
/// </summary>
internal sealed class FacetValueTable
{
    private readonly Dictionary<(string Facet, string Value), int> _numbers;
    private readonly List<(string Facet, string Value)> _values;

    public FacetValueTable()
        : this([], [])
    {
    }

    private FacetValueTable(Dictionary<(string Facet, string Value), int> numbers, List<(string Facet, string Value)> values)
    {
        _numbers = numbers;
        _values = values;
    }

    public int Count => _values.Count;

    public (string Facet, string Value) this[int number] => _values[number];

    /// <summary>The number of a value, or -1 when no product has it.</summary>
    public int Find(string facet, string value) => _numbers.TryGetValue((facet, value), out var number) ? number : -1;

    /// <summary>The number of a value, given one when it is new.</summary>
    public int Number(string facet, string value)
    {
        if (!_numbers.TryGetValue((facet, value), out var number))
        {
            number = _values.Count;
            _values.Add((facet, value));
            _numbers.Add((facet, value), number);
        }

        return number;
    }

    public FacetValueTable Copy() => new(new Dictionary<(string Facet, string Value), int>(_numbers), [.. _values]);
}
