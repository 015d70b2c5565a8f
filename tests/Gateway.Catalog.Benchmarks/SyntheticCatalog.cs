using System.Globalization;
using System.Text.Json;
using Gateway.Catalog.Storage;

namespace Gateway.Catalog.Benchmarks;

/// <summary>
/// A generated catalog, loaded through the store's own restore: 50 domains, 500 owners, 200 tags (two
/// per product), every lifecycle state and classification, names in no particular order.
/// </summary>
internal sealed class SyntheticCatalog
{
    public const int Domains = 50;
    public const int Owners = 500;
    public const int Tags = 200;

    private SyntheticCatalog(CatalogSnapshot snapshot, IReadOnlyList<string> urns)
    {
        Snapshot = snapshot;
        Urns = urns;
    }

    public CatalogSnapshot Snapshot { get; }

    public IReadOnlyList<string> Urns { get; }

    public static SyntheticCatalog Create(int count, int seed)
    {
        var random = new Random(seed);
        var products = new List<IReadOnlyDictionary<string, JsonElement>>(count);
        var tags = new List<IReadOnlyDictionary<string, JsonElement>>(count * 2);
        var versions = new List<IReadOnlyDictionary<string, JsonElement>>(count);
        var urns = new List<string>(count);
        var start = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        for (var i = 0; i < count; i++)
        {
            var domain = $"domain-{random.Next(Domains):00}";
            var name = $"{Words[random.Next(Words.Length)]}-{Words[random.Next(Words.Length)]}-{i.ToString(CultureInfo.InvariantCulture)}";
            var urn = $"urn:dp:{domain}:{name}";
            urns.Add(urn);
            var roll = random.Next(100);
            var status = roll < 80 ? "published" : roll < 90 ? "draft" : roll < 98 ? "deprecated" : "retired";
            var first = $"tag-{random.Next(Tags):000}";
            var second = $"tag-{random.Next(Tags):000}";
            var productTags = first == second ? new[] { first } : [first, second];
            var updated = start.AddSeconds(random.Next(60 * 60 * 24 * 300)).ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);
            products.Add(Row(
                ("urn", urn), ("domain", domain), ("sub_domain", null), ("name", name), ("description", $"The {name} product."),
                ("owner", $"owner-{random.Next(Owners):000}"), ("team", $"team-{domain}"),
                ("classification", (string[])["raw", "clean", "aggregated"] is var c ? c[random.Next(3)] : null),
                ("tags", JsonSerializer.Serialize(productTags)), ("current_version", "1.0.0"), ("contract_id", $"{name}-contract"),
                ("status", status), ("sunset_date", status is "deprecated" or "retired" ? "2027-01-01" : null), ("successor_urn", null),
                ("deprecation_reason", null), ("updated_at", updated), ("revision", 1L)));
            foreach (var tag in productTags)
            {
                tags.Add(Row(("tag", tag), ("name", name), ("product_urn", urn), ("domain", domain)));
            }

            versions.Add(Row(
                ("product_urn", urn), ("version", "1.0.0"), ("major", 1L), ("minor", 0L), ("patch", 0L), ("status", status == "draft" ? "draft" : "published"),
                ("descriptor", $"descriptor of {urn}"), ("contract", null), ("subgraph_name", null), ("published_at", updated), ("published_by", "bench")));
        }

        var tables = new Dictionary<string, IReadOnlyList<IReadOnlyDictionary<string, JsonElement>>>
        {
            ["products"] = products,
            ["product_tags"] = tags,
            ["product_versions"] = versions,
        };
        return new SyntheticCatalog(new CatalogSnapshot(CatalogSnapshot.CurrentFormat, 1, DateTimeOffset.UtcNow, tables), urns);
    }

    private static Dictionary<string, JsonElement> Row(params (string Column, object? Value)[] values)
    {
        var row = new Dictionary<string, JsonElement>(values.Length);
        foreach (var (column, value) in values)
        {
            row[column] = JsonSerializer.SerializeToElement(value);
        }

        return row;
    }

    private static readonly string[] Words =
    [
        "orders", "customers", "payments", "invoices", "shipments", "returns", "stock", "prices", "leads", "claims",
        "accounts", "ledger", "sessions", "clicks", "reviews", "refunds", "carriers", "suppliers", "contracts", "tickets",
    ];
}
