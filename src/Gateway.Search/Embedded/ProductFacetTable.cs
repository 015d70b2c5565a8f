using System.Data.Common;

namespace Gateway.Search.Embedded;

/// <summary>
/// The facet values of every indexed product, by row id, read once and kept in memory: a search then reads only the ids
/// of its matches and counts their facets here, instead of grouping and sorting every match's strings in SQL (the
/// larger part of a search's cost when a common word matches thousands of products). A table holds one state of the
/// index; its owner knows when the index has moved on (<see cref="Version"/>) and reads a new one.
/// </summary>
internal sealed class ProductFacetTable
{
    private readonly Dictionary<long, ProductFacetRow> _rows;

    private ProductFacetTable(long version, Dictionary<long, ProductFacetRow> rows)
    {
        Version = version;
        _rows = rows;
    }

    /// <summary>The store's change marker of the state this table was read at.</summary>
    public long Version { get; }

    /// <summary>Reads the facet values of every product (one string instance per distinct value, so the table stays small).</summary>
    public static async Task<ProductFacetTable> ReadAsync(DbConnection connection, long version, CancellationToken cancellationToken)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var tagSets = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var rows = new Dictionary<long, ProductFacetRow>();
        await using var statement = new Statement(connection, null, "SELECT id, domain, status, owner, classification, tags FROM search_products");
        await using var reader = await statement.ReadAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var tags = reader.GetString(5);
            if (!tagSets.TryGetValue(tags, out var tagList))
            {
                var split = tags.Length == 0 ? [] : tags.Split(IndexedProduct.TagSeparator);
                for (var i = 0; i < split.Length; i++)
                {
                    split[i] = Shared(values, split[i]);
                }

                tagList = split;
                tagSets.Add(tags, tagList);
            }

            rows[reader.GetInt64(0)] = new ProductFacetRow(
                Shared(values, reader.GetString(1)),
                Shared(values, reader.GetString(2)),
                reader.IsDBNull(3) ? null : Shared(values, reader.GetString(3)),
                Shared(values, reader.GetString(4)),
                tagList);
        }

        return new ProductFacetTable(version, rows);
    }

    /// <summary>Counts the facets of product <paramref name="id"/>; false when the table does not know it (it was read before the product was).</summary>
    public bool CountInto(FacetCounts facets, long id)
    {
        if (!_rows.TryGetValue(id, out var row))
        {
            return false;
        }

        facets.Total++;
        facets.Add("domain", row.Domain, 1);
        facets.Add("status", row.Status, 1);
        if (row.Owner is not null)
        {
            facets.Add("owner", row.Owner, 1);
        }

        facets.Add("classification", row.Classification, 1);
        foreach (var tag in row.Tags)
        {
            facets.Add("tags", tag, 1);
        }

        return true;
    }

    private static string Shared(Dictionary<string, string> values, string value)
    {
        if (values.TryGetValue(value, out var shared))
        {
            return shared;
        }

        values.Add(value, value);
        return value;
    }
}
