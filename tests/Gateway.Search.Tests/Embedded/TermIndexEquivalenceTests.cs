using System.Globalization;
using System.Text;
using Gateway.Search.Sqlite;

namespace Gateway.Search.Tests.Embedded;

/// <summary>
/// The term index in memory answers as the SQL path does: the same queries (the fixed corpus and a few hundred generated
/// products; words, prefixes, typos, several words, filters, viewers, every page through cursors) run through both on
/// one catalog file, with equal totals, facets, order, URNs, highlights and scores (bm25 as FTS5 computes it); after
/// updates, removals, and a reopen too.
/// </summary>
[Collection(SearchIndexCollection.Name)]
public sealed class TermIndexEquivalenceTests(SearchIndexFixture fixture)
{
    private static readonly string[] Words =
    [
        "customer", "customers", "order", "orders", "revenue", "email", "emails", "account", "payment", "invoice", "product", "event",
        "daily", "region", "session", "play", "track", "tracks", "campaign", "refund", "stock", "price", "supplier", "budget", "segment",
        "listening", "artist", "playlist", "device", "address", "café", "crème", "naïve", "über", "straße", "ledger", "booking", "currency",
        "rate", "forecast", "churn", "subscription", "basket", "checkout", "discount", "return", "salary", "employee", "report", "2026", "q4",
    ];

    private static readonly string[] Domains = ["sales", "marketing", "player", "finance", "logistics"];
    private static readonly string[] Owners = ["ana", "lea", "kai", "finn", "omar", "mia"];
    private static readonly string[] Statuses = ["published", "published", "published", "draft", "deprecated", "retired"];
    private static readonly string[] Tags = ["crm", "kpi", "events", "music", "planning", "billing", "analytics", "orders", "revenue"];

    [Fact]
    public async Task The_term_index_answers_every_query_as_the_sql_path_does()
    {
        await using var under = await fixture.CreateAsync(IndexKind.Sqlite);
        await using var sql = new SqliteSearchIndex(under.Location, termIndex: false);
        var memory = (SqliteSearchIndex)under.Index;
        var random = new Random(42);
        var generated = Generate(random, 300);
        await memory.IndexAsync(Corpus.Products, IndexedCorpus.None);
        await memory.IndexAsync(generated, IndexedCorpus.None);
        await memory.WarmAsync(IndexedCorpus.None);
        var queries = Queries(random, 120);

        Assert.True(await AssertSameAsync(memory, sql, queries) > 10);

        // Updates (text, lifecycle, owner), removals and new products: the snapshot catches up before answering.
        var changed = new List<SearchDocument>();
        for (var i = 0; i < 60; i++)
        {
            changed.Add(Document(random, 1000 + i) with { Urn = generated[random.Next(generated.Count)].Urn });
        }

        await memory.IndexAsync(changed, IndexedCorpus.None);
        await memory.RemoveAsync([generated[3].Urn, generated[4].Urn, "urn:dp:sales:orders", "urn:dp:player:tracks"], IndexedCorpus.None);
        await memory.IndexAsync(Generate(new Random(7), 40, from: 5000), IndexedCorpus.None);
        await AssertSameAsync(memory, sql, queries);

        // A new index on the file reads it whole again.
        await using var reopened = new SqliteSearchIndex(under.Location);
        await reopened.WarmAsync(IndexedCorpus.None);
        await AssertSameAsync(reopened, sql, queries);
    }

    [Fact]
    public async Task Scores_equal_those_fts5_computes_to_the_last_bits()
    {
        await using var under = await IndexedCorpus.CreateAsync(fixture, IndexKind.Sqlite);
        await using var sql = new SqliteSearchIndex(under.Location, termIndex: false);
        var memory = (SqliteSearchIndex)under.Index;
        await memory.WarmAsync(IndexedCorpus.None);

        foreach (var text in new[] { "email", "customer email", "orders", "cust", "music catalogue", "planned spend", "revenue by region" })
        {
            var expected = await sql.SearchAsync(text);
            var actual = await memory.SearchAsync(text);

            Assert.Equal(expected.Hits.Select(hit => BitConverter.DoubleToInt64Bits(hit.Score)), actual.Hits.Select(hit => BitConverter.DoubleToInt64Bits(hit.Score)));
        }
    }

    [Fact]
    public async Task A_search_right_after_a_write_sees_it_from_memory()
    {
        await using var under = await IndexedCorpus.CreateAsync(fixture, IndexKind.Sqlite);
        var memory = (SqliteSearchIndex)under.Index;
        await memory.WarmAsync(IndexedCorpus.None);
        await using var other = new SqliteSearchIndex(under.Location, termIndex: false);
        var before = memory.SearchesInMemory;

        await memory.IndexAsync([Corpus.Product("sales", "zebra-sightings", "Zebra Sightings", "Zebras seen.", ["wildlife"])], IndexedCorpus.None);
        Assert.Equal(["urn:dp:sales:zebra-sightings"], (await memory.SearchAsync("zebra")).Urns());

        await other.IndexAsync([Corpus.Product("finance", "zebra-costs", "Zebra Costs", "What zebras cost.", ["wildlife"])], IndexedCorpus.None);
        Assert.Equal(2, (await memory.SearchAsync("zebra")).TotalCount);

        await other.RemoveAsync(["urn:dp:sales:zebra-sightings"], IndexedCorpus.None);
        var results = await memory.SearchAsync("zebra");
        Assert.Equal(["urn:dp:finance:zebra-costs"], results.Urns());
        Assert.Equal([new SearchFacetValue("finance", 1)], results.Facets[0].Values);
        Assert.Equal(before + 3, memory.SearchesInMemory);
    }

    [Fact]
    public async Task Many_changes_after_loading_keep_the_answers_equal()
    {
        await using var under = await fixture.CreateAsync(IndexKind.Sqlite);
        await using var sql = new SqliteSearchIndex(under.Location, termIndex: false);
        var memory = (SqliteSearchIndex)under.Index;
        var random = new Random(3);
        await memory.IndexAsync(Generate(random, 100), IndexedCorpus.None);
        await memory.WarmAsync(IndexedCorpus.None);
        var queries = Queries(random, 30);

        // More than the delta holds before the base is read again: answers stay equal while and after it is.
        for (var round = 0; round < 4; round++)
        {
            await memory.IndexAsync(Generate(random, 150, from: 100 * round), IndexedCorpus.None);
            await AssertSameAsync(memory, sql, queries);
        }

        await memory.TermIndex!.Reading;
        await memory.RemoveAsync([Generate(new Random(3), 1)[0].Urn], IndexedCorpus.None);
        await AssertSameAsync(memory, sql, queries);
        Assert.InRange(memory.TermIndex.DeltaProducts, 0, Gateway.Search.Embedded.TermIndex.RebuildThreshold(0));
    }

    /// <summary>Asserts equal answers; returns how many hits had a description snippet cut from a longer text (so the window choice was compared).</summary>
    private static async Task<int> AssertSameAsync(SqliteSearchIndex memory, SqliteSearchIndex sql, List<SearchQueryCase> queries)
    {
        var cutSnippets = 0;
        var before = memory.SearchesInMemory;
        var searches = 0;
        foreach (var query in queries)
        {
            string? expectedAfter = null;
            string? actualAfter = null;
            for (var page = 0; page < 50; page++)
            {
                var expected = await sql.SearchAsync(query.Query with { After = expectedAfter }, query.Viewer, IndexedCorpus.None);
                var actual = await memory.SearchAsync(query.Query with { After = actualAfter }, query.Viewer, IndexedCorpus.None);
                searches++;
                var what = $"{query} page {page}";
                var (expectedText, actualText) = (Describe(what, expected), Describe(what, actual));
                Assert.True(expectedText == actualText, $"SQL:\n{expectedText}\nmemory:\n{actualText}");
                for (var i = 0; i < expected.Hits.Count; i++)
                {
                    var (e, a) = (expected.Hits[i].Score, actual.Hits[i].Score);
                    Assert.True(Math.Abs(e - a) <= 1e-9 * Math.Abs(e), $"{what}: hit {i} scored {a:R} in memory, {e:R} in SQL");
                    cutSnippets += expected.Hits[i].Highlights.Count(highlight => highlight.Field == "description" && highlight.Fragment.Contains('…', StringComparison.Ordinal));
                }

                if (!expected.HasNextPage)
                {
                    break;
                }

                expectedAfter = expected.Hits[^1].Cursor;
                actualAfter = actual.Hits[^1].Cursor;
            }
        }

        Assert.Equal(before + searches, memory.SearchesInMemory);
        return cutSnippets;
    }

    private static string Describe(string what, SearchResults results)
    {
        var text = new StringBuilder(what).Append('\n').Append(results.TotalCount).Append(results.HasNextPage ? " more\n" : "\n");
        foreach (var facet in results.Facets)
        {
            text.Append(facet.Field).Append(':');
            foreach (var value in facet.Values)
            {
                text.Append(' ').Append(value.Value).Append('=').Append(value.Count);
            }

            text.Append('\n');
        }

        foreach (var hit in results.Hits)
        {
            text.Append(hit.Urn).Append(' ').Append(hit.Score.ToString("G6", CultureInfo.InvariantCulture));
            foreach (var highlight in hit.Highlights)
            {
                text.Append(" | ").Append(highlight.Field).Append(": ").Append(highlight.Fragment);
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    private static List<SearchDocument> Generate(Random random, int count, int from = 0)
    {
        var documents = new List<SearchDocument>(count);
        for (var i = 0; i < count; i++)
        {
            documents.Add(Document(random, from + i));
        }

        return documents;
    }

    private static SearchDocument Document(Random random, int number)
    {
        string Text(int words) => string.Join(' ', Enumerable.Range(0, words).Select(_ => Words[random.Next(Words.Length)]));

        // Long descriptions in sentences, so that snippets pick a window of them.
        string Description() => random.Next(3) == 0
            ? string.Join(random.Next(2) == 0 ? ". " : ":\n", Enumerable.Range(0, random.Next(2, 6)).Select(_ => Capital(Text(random.Next(4, 16))))) + "."
            : Text(random.Next(3, 15));
        var domain = Domains[random.Next(Domains.Length)];
        var fields = Enumerable.Range(0, random.Next(0, 6))
            .Select(i => Corpus.Field($"{Capital(Words[random.Next(Words.Length)])}.{Words[random.Next(Words.Length)]}{i}", random.Next(2) == 0 ? Text(4) : null,
                random.Next(3) == 0 ? "restricted" : "internal", random.Next(4) == 0 ? [Capital(Text(2))] : null))
            .ToList();
        var tags = Enumerable.Range(0, random.Next(0, 3)).Select(_ => Tags[random.Next(Tags.Length)]).ToList();
        return Corpus.Product(
            domain, $"generated-{number}", Capital(Text(random.Next(1, 4))), Description(), tags,
            terms: random.Next(5) == 0 ? [Capital(Text(1))] : null, status: Statuses[random.Next(Statuses.Length)], usage: random.Next(4) * 250,
            quality: random.Next(3) == 0 ? null : Math.Round(random.NextDouble(), 2), owner: random.Next(8) == 0 ? null : Owners[random.Next(Owners.Length)],
            team: random.Next(4) == 0 ? "finance-planning" : null, fields: fields) with { Classification = random.Next(3) == 0 ? "raw" : "clean" };
    }

    private static string Capital(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];

    private static List<SearchQueryCase> Queries(Random random, int count)
    {
        var viewers = new[] { SearchViewer.Anonymous, IndexedCorpus.Owner("lea", "finance-planning"), new SearchViewer("admin", new HashSet<string>(), true) };
        var queries = new List<SearchQueryCase>
        {
            new(new SearchQuery("", SearchFilter.None, 7), viewers[2]),
            new(new SearchQuery("", SearchFilter.None with { Domains = ["finance"] }, 5, IncludeRetired: true), viewers[1]),
            new(new SearchQuery("customer email", SearchFilter.None), viewers[0]),
            new(new SearchQuery("cafe", SearchFilter.None), viewers[0]),
            new(new SearchQuery("payroll spreadsheet", SearchFilter.None), viewers[0]),
            new(new SearchQuery("emial", SearchFilter.None), viewers[0]),
            new(new SearchQuery("zzzz qqqq", SearchFilter.None), viewers[0]),
            new(new SearchQuery("'; DROP TABLE search_products; --", SearchFilter.None), viewers[0]),
            new(new SearchQuery("\"unbalanced NEAR(email orders) col:email -email", SearchFilter.None), viewers[0]),
            new(new SearchQuery("\u0000 \u0002\u0003 🎵 数据 Ünïcödé ñandú CAFÉ", SearchFilter.None), viewers[2]),
            new(new SearchQuery(new string('a', 10_000), SearchFilter.None), viewers[0]),
            new(new SearchQuery(string.Concat(Enumerable.Repeat("orders emial ", 900)), SearchFilter.None), viewers[0]),
        };
        for (var i = 0; i < count; i++)
        {
            var word = Words[random.Next(Words.Length)];
            var text = (i % 6) switch
            {
                0 => word,
                1 => $"{word} {Words[random.Next(Words.Length)]}",
                2 => word[..Math.Min(word.Length, 3 + random.Next(3))],
                3 => Typo(word, random),
                4 => $"{word} {Typo(Words[random.Next(Words.Length)], random)}",
                _ => $"{word[..Math.Min(word.Length, 2)]} {Words[random.Next(Words.Length)]} {Words[random.Next(Words.Length)]}",
            };
            var filter = (i % 5) switch
            {
                1 => SearchFilter.None with { Domains = [Domains[random.Next(Domains.Length)]] },
                2 => SearchFilter.None with { Tags = [Tags[random.Next(Tags.Length)], Tags[random.Next(Tags.Length)]] },
                3 => SearchFilter.None with { Statuses = ["Deprecated", "published"], Classifications = ["RAW"] },
                4 => SearchFilter.None with { Owners = [Owners[random.Next(Owners.Length)], "nobody"] },
                _ => SearchFilter.None,
            };
            queries.Add(new SearchQueryCase(new SearchQuery(text, filter, First: random.Next(2) == 0 ? 5 : 20, IncludeRetired: i % 7 == 0), viewers[i % 3]));
        }

        return queries;
    }

    private static string Typo(string word, Random random)
    {
        if (word.Length < 4)
        {
            return word;
        }

        var letters = word.ToCharArray();
        var at = random.Next(1, letters.Length);
        if (random.Next(2) == 0)
        {
            (letters[at], letters[at - 1]) = (letters[at - 1], letters[at]);
            return new string(letters);
        }

        return word.Remove(at, 1);
    }

    public sealed record SearchQueryCase(SearchQuery Query, SearchViewer Viewer)
    {
        public override string ToString() =>
            $"'{Query.Text}' first {Query.First} retired {Query.IncludeRetired} as {Viewer.ClientId ?? "anonymous"} filter {string.Join(",", Query.Filter.Domains.Concat(Query.Filter.Tags).Concat(Query.Filter.Statuses).Concat(Query.Filter.Owners).Concat(Query.Filter.Classifications))}";
    }
}
