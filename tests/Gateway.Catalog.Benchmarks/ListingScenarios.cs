using System.Diagnostics;
using Gateway.Catalog.Documents.Profile;
using Gateway.Catalog.Model;
using Gateway.Catalog.Storage;

namespace Gateway.Catalog.Benchmarks;

/// <summary>
/// The listings the catalog API serves: a filter (drawn at random each iteration), a page of 50, and the
/// next page through the cursor. Each iteration times both pages separately.
/// </summary>
internal sealed record ListingScenarios(string Name, Func<Random, ProductQuery> Query)
{
    public static IEnumerable<ListingScenarios> All() =>
    [
        new("all products by name", _ => new ProductQuery()),
        new("domain filter by name", random => new ProductQuery { Domain = $"domain-{random.Next(SyntheticCatalog.Domains):00}" }),
        new("owner filter by name", random => new ProductQuery { Owner = $"owner-{random.Next(SyntheticCatalog.Owners):000}" }),
        new("tag filter by name", random => new ProductQuery { Tag = $"tag-{random.Next(SyntheticCatalog.Tags):000}" }),
        new("published, newest first", _ => new ProductQuery { Status = LifecycleStatus.Published, Sort = ProductSort.UpdatedAt, Descending = true }),
        new("retired by name (rare status)", _ => new ProductQuery { Status = LifecycleStatus.Retired }),
        new("domain + classification + status", random => new ProductQuery
        {
            Domain = $"domain-{random.Next(SyntheticCatalog.Domains):00}",
            Classification = (DataClassification)random.Next(3),
            Status = LifecycleStatus.Published,
        }),
        new("domain + tag", random => new ProductQuery
        {
            Domain = $"domain-{random.Next(SyntheticCatalog.Domains):00}",
            Tag = $"tag-{random.Next(SyntheticCatalog.Tags):000}",
        }),
    ];

    public async Task<Timings> MeasureAsync(ICatalogStore store, int iterations)
    {
        var random = new Random(11);
        for (var i = 0; i < 10; i++)
        {
            await store.ListProductsAsync(Query(random) with { First = 50 }, CancellationToken.None);
        }

        var timings = new Timings();
        for (var i = 0; i < iterations; i++)
        {
            var query = Query(random) with { First = 50 };
            var clock = Stopwatch.StartNew();
            var page = await store.ListProductsAsync(query, CancellationToken.None);
            timings.Add(clock.Elapsed);
            if (page.HasNextPage)
            {
                clock.Restart();
                await store.ListProductsAsync(query with { After = page.EndCursor }, CancellationToken.None);
                timings.Add(clock.Elapsed);
            }
        }

        return timings;
    }
}
