using System.Diagnostics;
using System.Globalization;
using Gateway.Catalog.Benchmarks;
using Gateway.Catalog.Storage;
using Gateway.Catalog.Storage.Postgres;
using Gateway.Catalog.Storage.Sqlite;
using Gateway.Catalog.Tests.Storage;
using Gateway.Federated;
using Gateway.Http;
using Gateway.Publishing;
using Gateway.Tests.Publishing;
using Microsoft.Extensions.Options;

// Usage: dotnet run -c Release --project tests/Gateway.Publishing.Benchmarks -- [other products] [publishes] [sqlite|postgres|both]
// Each publish is a new minor version of one product (one more field) through ProductPublisher: read the documents,
// compose with the other products' subgraphs, diff against the published version, run the governance rules, store
// product and supergraph in one transaction, swap the served supergraph. The subgraph's schema is given, not fetched.
var others = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 20;
var publishes = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 200;
var stores = args.Length > 2 ? args[2] : "both";
var url = new Uri("http://127.0.0.1:4001/graphql");

Console.WriteLine($"Publishing one product {publishes} times beside {others} other products' subgraphs (schema given, not fetched).");
Console.WriteLine();
Console.WriteLine("| store | p50 ms | p95 ms | p99 ms | max ms |");
Console.WriteLine("|---|---|---|---|---|");
if (stores is "sqlite" or "both")
{
    var folder = Directory.CreateTempSubdirectory("publish-bench-");
    try
    {
        await using var store = await SqliteCatalogStore.OpenAsync(Path.Combine(folder.FullName, "catalog.db"), CancellationToken.None);
        await MeasureAsync(store);
    }
    finally
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        folder.Delete(recursive: true);
    }
}

if (stores is "postgres" or "both")
{
    await using var cluster = await PostgresCluster.StartAsync();
    await using var store = await PostgresCatalogStore.OpenAsync(cluster.ConnectionString("postgres"), CancellationToken.None);
    await MeasureAsync(store);
    Npgsql.NpgsqlConnection.ClearAllPools();
}

async Task MeasureAsync(SqlCatalogStore store)
{
    using var live = new LiveSupergraph(new ServedSchemaState(Options.Create(new GraphQLHttpOptions())), drainDelay: TimeSpan.Zero);
    var publisher = new ProductPublisher(store, live);
    for (var i = 1; i <= others; i++)
    {
        var (descriptor, contract, sdl) = TestProducts.RootFieldProduct($"product-{i:000}", $"field{i:000}");
        Check(await publisher.PublishAsync(new PublishRequest(descriptor, contract, url, sdl), CancellationToken.None));
    }

    var fields = new List<string> { "total: Int" };
    Check(await PublishOrdersAsync(publisher, "1.0.0", fields));
    var timings = new Timings();
    for (var minor = 1; minor <= publishes; minor++)
    {
        fields.Add($"note{minor}: String");
        var clock = Stopwatch.StartNew();
        var outcome = await PublishOrdersAsync(publisher, $"1.{minor}.0", fields);
        timings.Add(clock.Elapsed);
        Check(outcome);
    }

    Console.WriteLine($"| {store.ProviderName} | {timings.Percentile(50):F1} | {timings.Percentile(95):F1} | {timings.Percentile(99):F1} | {timings.Percentile(100):F1} |");
}

Task<PublishOutcome> PublishOrdersAsync(ProductPublisher publisher, string version, List<string> fields) =>
    publisher.PublishAsync(
        new PublishRequest(TestProducts.Descriptor("orders", version), TestProducts.OrdersContract(version, [.. fields]), url, TestProducts.OrdersSdl([.. fields])),
        CancellationToken.None);

static void Check(PublishOutcome outcome)
{
    if (outcome.Status != PublishStatus.Published)
    {
        throw new InvalidOperationException($"The publish of {outcome.Product} {outcome.Version} was {outcome.Status}: {string.Join("; ", outcome.Conflicts)} {string.Join("; ", outcome.Findings)} {string.Join("; ", outcome.CompositionErrors)}");
    }
}
