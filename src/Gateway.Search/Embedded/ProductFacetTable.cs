using System.Data.Common;

namespace Gateway.Search.Embedded;

/// <summary>
/// The facet values of every indexed product, by row id, read once and kept in memory: a search then reads only the ids
/// of its matches and counts their facets here, instead of grouping and sorting every match's strings in SQL (the
/// larger part of a search's cost when a common word matches thousands of products). Each distinct facet value is a
/// number, so counting a match adds to a few array slots. A table holds one state of the index; its owner knows when
/// the index has moved on (<see cref="Version"/>) and reads a new one.
/// </summary>
internal sealed class ProductFacetTable
{
    private readonly Dictionary<long, int[]> _rows;
    private readonly List<(string Facet, string Value)> _values;

    private ProductFacetTable(long version, Dictionary<long, int[]> rows, List<(string Facet, string Value)> values)
    {
        Version = version;
        _rows = rows;
        _values = values;
    }

    /// <summary>The store's change marker of the state this table was read at.</summary>
    public long Version { get; }

    /// <summary>Reads the facet values of every product.</summary>
    public static async Task<ProductFacetTable> ReadAsync(DbConnection connection, long version, CancellationToken cancellationToken)
    {
        var numbers = new Dictionary<(string Facet, string Value), int>();
        var values = new List<(string Facet, string Value)>();
        var rows = new Dictionary<long, int[]>();
        var row = new List<int>(16);
        await using var statement = new Statement(connection, null, "SELECT id, domain, status, owner, classification, tags FROM search_products");
        await using var reader = await statement.ReadAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            row.Clear();
            row.Add(Number(numbers, values, "domain", reader.GetString(1)));
            row.Add(Number(numbers, values, "status", reader.GetString(2)));
            if (!reader.IsDBNull(3))
            {
                row.Add(Number(numbers, values, "owner", reader.GetString(3)));
            }

            row.Add(Number(numbers, values, "classification", reader.GetString(4)));
            var tags = reader.GetString(5);
            if (tags.Length > 0)
            {
                foreach (var tag in tags.Split(IndexedProduct.TagSeparator))
                {
                    row.Add(Number(numbers, values, "tags", tag));
                }
            }

            rows[reader.GetInt64(0)] = row.ToArray();
        }

        return new ProductFacetTable(version, rows, values);
    }

    /// <summary>A count per facet value of this table, for <see cref="CountInto"/>.</summary>
    public long[] NewCounts() => new long[_values.Count];

    /// <summary>Counts the facet values of product <paramref name="id"/>; false when the table does not know it (it was read before the product was).</summary>
    public bool CountInto(long[] counts, long id)
    {
        if (!_rows.TryGetValue(id, out var row))
        {
            return false;
        }

        foreach (var number in row)
        {
            counts[number]++;
        }

        return true;
    }

    /// <summary>The counts of <see cref="CountInto"/> as facets of <paramref name="total"/> matches.</summary>
    public FacetCounts ToFacetCounts(long[] counts, long total)
    {
        var facets = new FacetCounts { Total = total };
        for (var number = 0; number < counts.Length; number++)
        {
            if (counts[number] > 0)
            {
                var (facet, value) = _values[number];
                facets.Add(facet, value, counts[number]);
            }
        }

        return facets;
    }

    private static int Number(Dictionary<(string Facet, string Value), int> numbers, List<(string Facet, string Value)> values, string facet, string value)
    {
        if (!numbers.TryGetValue((facet, value), out var number))
        {
            number = values.Count;
            values.Add((facet, value));
            numbers.Add((facet, value), number);
        }

        return number;
    }
}
