using System.Diagnostics;
using System.Globalization;
using Gateway.Catalog.Benchmarks;
using Gateway.Catalog.Storage;
using Gateway.Catalog.Storage.Postgres;
using Gateway.Catalog.Storage.Sqlite;
using Gateway.Catalog.Tests.Storage;

// Usage: dotnet run -c Release --project tests/Gateway.Catalog.Benchmarks -- [products] [iterations] [sqlite|postgres|both]
var products = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
var iterations = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 300;
var stores = args.Length > 2 ? args[2] : "both";

Console.WriteLine($"Catalog of {products:N0} products, {iterations} iterations per scenario, page of 50.");

if (stores is "sqlite" or "both")
{
    var folder = Directory.CreateTempSubdirectory("catalog-bench-");
    try
    {
        await using var store = await SqliteCatalogStore.OpenAsync(Path.Combine(folder.FullName, "catalog.db"), CancellationToken.None);
        await RunAsync(store, products, iterations);
    }
    finally
    {
        folder.Delete(recursive: true);
    }
}

if (stores is "postgres" or "both")
{
    await using var cluster = await PostgresCluster.StartAsync();
    await using var store = await PostgresCatalogStore.OpenAsync(cluster.ConnectionString("postgres"), CancellationToken.None);
    await RunAsync(store, products, iterations);
}

static async Task RunAsync(SqlCatalogStore store, int products, int iterations)
{
    var catalog = SyntheticCatalog.Create(products, seed: 7);
    var clock = Stopwatch.StartNew();
    await store.ImportAsync(catalog.Snapshot, CancellationToken.None);
    var urns = catalog.Urns;

    // The generated rows are millions of small objects; measured with them alive, every collection
    // would walk them and the tail latencies would be the benchmark's own.
    catalog = null;
    GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
    Console.WriteLine();
    Console.WriteLine($"## {store.ProviderName}: imported in {clock.Elapsed.TotalSeconds:F1} s");
    Console.WriteLine();
    Console.WriteLine("| scenario | p50 ms | p95 ms | p99 ms | max ms |");
    Console.WriteLine("|---|---|---|---|---|");
    foreach (var scenario in ListingScenarios.All())
    {
        var timings = await scenario.MeasureAsync(store, iterations);
        Console.WriteLine($"| {scenario.Name} | {timings.Percentile(50):F2} | {timings.Percentile(95):F2} | {timings.Percentile(99):F2} | {timings.Percentile(100):F2} |");
    }

    var publishes = await PublishScenario.MeasureAsync(store, urns, Math.Min(iterations, 200));
    Console.WriteLine($"| publish a new version (one transaction) | {publishes.Percentile(50):F2} | {publishes.Percentile(95):F2} | {publishes.Percentile(99):F2} | {publishes.Percentile(100):F2} |");
}
