using System.Diagnostics;
using Gateway.Catalog.Documents.Profile;
using Gateway.Catalog.Model;

namespace Gateway.Catalog.Benchmarks;

/// <summary>
/// Publishing a new version of an existing product: read it, then one transaction that writes the
/// product, its details, the version, the history entry and the outbox event. Only the write is timed
/// (no subgraph is fetched here).
/// </summary>
internal static class PublishScenario
{
    public static async Task<Timings> MeasureAsync(Storage.SqlCatalogStore store, IReadOnlyList<string> urns, int iterations)
    {
        var random = new Random(5);
        var timings = new Timings();
        for (var i = 0; i < iterations + 10; i++)
        {
            var urn = ProductUrn.Parse(urns[random.Next(urns.Count)]);
            var product = await store.GetProductAsync(urn, CancellationToken.None);
            if (product is null || product.Status is LifecycleStatus.Retired)
            {
                continue;
            }

            var version = product.CurrentVersion with { Minor = product.CurrentVersion.Minor + 1 };
            var status = product.Status == LifecycleStatus.Draft ? LifecycleStatus.Draft : LifecycleStatus.Published;
            var publication = new ProductPublication(
                urn, product.Domain, null, product.Name, product.Description, product.Owner, product.Team, product.Classification, product.Tags,
                version, status, $"descriptor {version}", $"contract {version}", product.ContractId,
                [new ProductPort(PortDirection.Output, "graphql", version.ToString(), product.ContractId)],
                [], [], [new QualityRuleRecord(urn, "rows", "Product", "library", "completeness", null)],
                [new ServiceLevel(urn, "latency", "4", "h", null)],
                new SubgraphEndpoint(urn.Name, new Uri($"http://127.0.0.1:4999/{urn.Name}"), "type Query { a: Int }"), "bench");
            var clock = Stopwatch.StartNew();
            await store.PublishAsync(publication, product.Revision, CancellationToken.None);
            if (i >= 10)
            {
                timings.Add(clock.Elapsed);
            }
        }

        return timings;
    }
}
