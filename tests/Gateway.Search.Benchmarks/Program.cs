using System.Diagnostics;
using System.Globalization;
using Gateway.Catalog.Storage.Sqlite;
using Gateway.Search;
using Gateway.Search.Benchmarks;
using Gateway.Search.Sqlite;

// Usage: dotnet run -c Release --project tests/Gateway.Search.Benchmarks -- [products] [fields per product] [iterations]
// Builds the embedded (SQLite FTS5) index of a synthetic catalog in a new catalog file, then times searches with
// facets (the words of realistic queries: one or two common or rare words, a prefix, a typo, a filter) and completions.
var products = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
var fieldsPerProduct = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20;
var iterations = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 1000;
const int BatchSize = 500;
string[] QueryKinds = ["one word", "two words", "a word being typed (4 letters)", "a typo", "one word and a domain filter", "a rare word"];

var folder = Directory.CreateTempSubdirectory("search-bench-");
try
{
    var path = Path.Combine(folder.FullName, SqliteCatalogStore.FileName);
    await (await SqliteCatalogStore.OpenAsync(path, CancellationToken.None)).DisposeAsync();
    await using var index = new SqliteSearchIndex(path);
    await index.InitializeAsync(CancellationToken.None);
    var catalog = new SyntheticProducts(seed: 11);

    Console.WriteLine($"Embedded index (SQLite FTS5): {products:N0} products, {products * (long)fieldsPerProduct:N0} fields, batches of {BatchSize}.");
    var random = new Random(5);
    var process = Process.GetCurrentProcess();
    var indexingCpu = process.TotalProcessorTime;
    var indexing = Stopwatch.StartNew();
    var generation = TimeSpan.Zero;
    for (var start = 0; start < products; start += BatchSize)
    {
        var generated = Stopwatch.GetTimestamp();
        var batch = new List<SearchDocument>(BatchSize);
        for (var number = start; number < Math.Min(products, start + BatchSize); number++)
        {
            batch.Add(catalog.Product(number, fieldsPerProduct, random));
        }

        generation += Stopwatch.GetElapsedTime(generated);
        await index.IndexAsync(batch, CancellationToken.None);
    }

    var indexed = indexing.Elapsed - generation;
    process.Refresh();
    var indexedCpu = process.TotalProcessorTime - indexingCpu - generation;
    Console.WriteLine($"Indexing: {products / indexed.TotalSeconds:N0} products/s ({indexed.TotalSeconds:F1} s, document generation excluded), {products / indexedCpu.TotalSeconds:N0} products per CPU second; file {new FileInfo(path).Length / 1048576.0:N0} MB");

    // The same product written again replaces it: the indexer's steady state after publishes.
    var replacing = Stopwatch.StartNew();
    var replaced = Math.Min(products, 5_000);
    for (var start = 0; start < replaced; start += BatchSize)
    {
        var batch = new List<SearchDocument>(BatchSize);
        for (var number = start; number < Math.Min(replaced, start + BatchSize); number++)
        {
            batch.Add(catalog.Product(number, fieldsPerProduct, random));
        }

        await index.IndexAsync(batch, CancellationToken.None);
    }

    Console.WriteLine($"Reindexing existing products: {replaced / replacing.Elapsed.TotalSeconds:N0} products/s");

    // The term index read into memory, as `serve` does at start (searches meanwhile read SQL).
    GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
    var heapBefore = GC.GetTotalMemory(forceFullCollection: false);
    process.Refresh();
    var warmingCpu = process.TotalProcessorTime;
    var warming = Stopwatch.StartNew();
    await index.WarmAsync(CancellationToken.None);
    process.Refresh();
    Console.WriteLine($"Term index read into memory in {warming.Elapsed.TotalSeconds:F1} s ({(process.TotalProcessorTime - warmingCpu).TotalSeconds:F1} s CPU)");
    GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
    process.Refresh();
    var heapAfter = GC.GetTotalMemory(forceFullCollection: false);
    Console.WriteLine($"Memory after loading: working set {process.WorkingSet64 / 1048576.0:N0} MB (the catalog file's pages read through the memory map count in it), GC heap {heapAfter / 1048576.0:N0} MB, of which the term index {(heapAfter - heapBefore) / 1048576.0:N0} MB");

    var queries = Queries(catalog, new Random(17), iterations);
    var viewer = SearchViewer.Anonymous;
    foreach (var (text, filter) in queries.Take(50))
    {
        await index.SearchAsync(new SearchQuery(text, filter), viewer, CancellationToken.None);
    }

    var searches = new Timings();
    var byKind = new Timings[QueryKinds.Length];
    for (var i = 0; i < byKind.Length; i++)
    {
        byKind[i] = new Timings();
    }

    long matched = 0;
    process.Refresh();
    var searchCpu = process.TotalProcessorTime;
    for (var i = 0; i < queries.Count; i++)
    {
        var (text, filter) = queries[i];
        var started = Stopwatch.GetTimestamp();
        var results = await index.SearchAsync(new SearchQuery(text, filter), viewer, CancellationToken.None);
        var elapsed = Stopwatch.GetElapsedTime(started);
        searches.Add(elapsed);
        byKind[i % QueryKinds.Length].Add(elapsed);
        matched += results.TotalCount;
    }

    process.Refresh();
    var searchCpuPerQuery = (process.TotalProcessorTime - searchCpu).TotalMilliseconds / queries.Count;

    // CPU per search of each kind, each kind's queries run together: on a shared machine, wall time measures the
    // neighbours too, CPU time mostly not.
    var cpuByKind = new double[QueryKinds.Length];
    for (var kind = 0; kind < QueryKinds.Length; kind++)
    {
        process.Refresh();
        var kindCpu = process.TotalProcessorTime;
        var count = 0;
        for (var i = kind; i < queries.Count; i += QueryKinds.Length)
        {
            var (text, filter) = queries[i];
            await index.SearchAsync(new SearchQuery(text, filter), viewer, CancellationToken.None);
            count++;
        }

        process.Refresh();
        cpuByKind[kind] = (process.TotalProcessorTime - kindCpu).TotalMilliseconds / count;
    }
    var prefixRandom = new Random(23);
    var prefixes = Enumerable.Range(0, iterations).Select(_ =>
    {
        var word = catalog.SearchedWord(prefixRandom);
        return word[..Math.Min(word.Length, prefixRandom.Next(2, 6))];
    }).ToArray();
    foreach (var prefix in prefixes.Take(50))
    {
        await index.SuggestAsync(prefix, 10, viewer, CancellationToken.None);
    }

    var suggestions = new Timings();
    process.Refresh();
    var suggestCpu = process.TotalProcessorTime;
    foreach (var prefix in prefixes)
    {
        var started = Stopwatch.GetTimestamp();
        await index.SuggestAsync(prefix, 10, viewer, CancellationToken.None);
        suggestions.Add(Stopwatch.GetElapsedTime(started));
    }

    process.Refresh();
    var suggestCpuPerQuery = (process.TotalProcessorTime - suggestCpu).TotalMilliseconds / prefixes.Length;

    Console.WriteLine();
    Console.WriteLine("| scenario | runs | p50 ms | p95 ms | p99 ms | max ms | CPU ms per operation |");
    Console.WriteLine("|---|---|---|---|---|---|---|");
    Console.WriteLine(Row("search with facets, 20 hits highlighted", searches, searchCpuPerQuery));
    for (var i = 0; i < QueryKinds.Length; i++)
    {
        Console.WriteLine(Row($"- of which {QueryKinds[i]}", byKind[i], cpuByKind[i]));
    }

    Console.WriteLine(Row("suggest, 10 completions", suggestions, suggestCpuPerQuery));
    Console.WriteLine();
    Console.WriteLine($"Searches matched {matched / (double)queries.Count:N0} products on average (facets count every match).");
    Console.WriteLine($"CPU per operation (this process, all threads): search {searchCpuPerQuery:F2} ms, suggest {suggestCpuPerQuery:F2} ms; load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]} on {Environment.ProcessorCount} cores.");
}
finally
{
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    folder.Delete(recursive: true);
}

static string Row(string name, Timings timings, double cpu) =>
    $"| {name} | {timings.Count} | {timings.Percentile(50):F2} | {timings.Percentile(95):F2} | {timings.Percentile(99):F2} | {timings.Percentile(100):F2} | {cpu:F2} |";

// A mix of what people type: one word (common or rare), two words, a word being typed, a typo, a word with a facet filter.
static List<(string Text, SearchFilter Filter)> Queries(SyntheticProducts catalog, Random random, int count)
{
    var queries = new List<(string, SearchFilter)>(count);
    for (var i = 0; i < count; i++)
    {
        var word = catalog.SearchedWord(random);
        queries.Add((i % 6) switch
        {
            0 => (word, SearchFilter.None),
            1 => ($"{word} {catalog.SearchedWord(random)}", SearchFilter.None),
            2 => (word[..Math.Min(word.Length, 4)], SearchFilter.None),
            3 => (Typo(word, random), SearchFilter.None),
            4 => (word, SearchFilter.None with { Domains = [$"domain-{random.Next(40)}"] }),
            _ => (catalog.Vocabulary[random.Next(catalog.Vocabulary.Count)], SearchFilter.None),
        });
    }

    return queries;
}

static string Typo(string word, Random random)
{
    if (word.Length < 5)
    {
        return word;
    }

    var at = random.Next(2, word.Length - 1);
    var letters = word.ToCharArray();
    (letters[at], letters[at - 1]) = (letters[at - 1], letters[at]);
    return new string(letters);
}
