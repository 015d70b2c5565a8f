using System.Collections.Concurrent;

namespace Gateway.Search.Embedded;

/// <summary>
/// A search of a <see cref="TermIndexSnapshot"/>, ranked exactly as the SQL path ranks it. Each query word is a group of
/// phrases (the word, as a prefix when the plan says so, and its typo corrections), as in the FTS5 query the SQL path
/// renders; the phrases are read one at a time (term at a time) into dense arrays indexed by product number: the
/// weighted frequency of the phrase in each product, then its bm25 part added to the product's score and its group's bit
/// to the product's mask. Matches are the products whose mask holds every group (or any), kept by the viewer's
/// conditions, counted with their facets, and the page kept in a small sorted buffer by (score desc, URN) after the
/// cursor.
/// </summary>
/// <remarks>
/// bm25 as SQLite FTS5 computes it (FTS5 section 5.1.1 and <c>fts5_aux.c</c>): for each phrase, in query order,
/// <c>idf = ln((N - n + 0.5) / (n + 0.5))</c> (1e-6 when not positive) with N the table's rows and n the rows holding
/// the phrase, and <c>score += idf * (f * (k1 + 1)) / (f + k1 * (1 - b + b * D / avgdl))</c> with k1 = 1.2, b = 0.75, f
/// the sum of the column weights over the phrase's occurrences in the row, D the row's tokens and avgdl the table's
/// tokens over its rows. The same operations in the same order give the same bits.
/// </remarks>
internal static class TermIndexSearch
{
    private const double K1 = 1.2;
    private const double B = 0.75;

    // Past one product in this many, the products touched are visited in product order rather than through their list.
    private const int SequentialShare = 16;

    // Scratch arrays of searches that ended, at most one per core: a search rents one (or makes one) and gives it back,
    // so memory follows the searches running at once, not the threads that ever ran one.
    private static readonly ConcurrentBag<Scratch> Scratches = [];

    /// <summary>
    /// The matches of <paramref name="words"/> (null: every product, by boost), every group's when <paramref name="all"/>,
    /// else any: their count with facets, and the page after <paramref name="after"/> (one more than <paramref name="first"/> when there are more).
    /// </summary>
    public static (FacetCounts Facets, List<(string Urn, long Id, double Score)> Page) Run(
        TermIndexSnapshot snapshot, IReadOnlyList<QueryWord>? words, bool all, string exactKey, SearchConditions conditions, int first,
        SearchCursor? after)
    {
        var scratch = RentScratch(snapshot);
        var filter = new TermIndexFilter(snapshot, conditions);
        var page = new Page(first + 1, after);
        long total;
        if (words is null)
        {
            total = Browse(snapshot, filter, scratch, page);
        }
        else
        {
            var touched = Score(snapshot, words, scratch);
            total = Collect(snapshot, words.Count, all, exactKey, filter, scratch, touched, page);
        }

        var facets = scratch.TakeFacets(snapshot.Values, total);

        // Back for the next search only when every array is clean again (no exception came between).
        if (Scratches.Count < Environment.ProcessorCount)
        {
            Scratches.Add(scratch);
        }

        return (facets, page.Hits);
    }

    private static Scratch RentScratch(TermIndexSnapshot snapshot)
    {
        while (Scratches.TryTake(out var pooled))
        {
            if (pooled.Fits(snapshot))
            {
                return pooled;
            }

            // Made for a smaller index: left to the collector.
        }

        return new Scratch(snapshot);
    }

    /// <summary>Index words that may be what <paramref name="word"/> was meant to be, with how many alive products hold each.</summary>
    public static IReadOnlyList<(string Word, long Documents)> CandidateWords(TermIndexSnapshot snapshot, string word)
    {
        var prefix = TypoCorrection.CandidatePrefix(word);
        var bound = EditDistance.AllowedEdits(word.Length);
        var candidates = new List<(string, long)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var segment in (ReadOnlySpan<ProductSegment>)[snapshot.Base, snapshot.Delta])
        {
            var (from, to) = segment.TermRange(prefix, prefix: true);
            for (var term = from; term < to; term++)
            {
                var text = segment.Terms[term];
                if (Math.Abs(text.Length - word.Length) <= bound && seen.Add(text))
                {
                    candidates.Add((text, snapshot.Documents(text, prefix: false, long.MaxValue)));
                }
            }
        }

        return candidates;
    }

    // Every phrase read into the accumulators; returns how many products it touched (listed in scratch.Touched).
    private static int Score(TermIndexSnapshot snapshot, IReadOnlyList<QueryWord> words, Scratch scratch)
    {
        var rows = snapshot.Rows;
        var averageLength = (double)snapshot.TotalLength / rows;
        var touched = 0;
        for (var group = 0; group < words.Count; group++)
        {
            var word = words[group];
            var bit = 1 << group;

            // The word as FTS5 reads the quoted word of the SQL path's query (its corrections are index words already).
            touched = AddPhrase(snapshot, SearchText.FoldLikeFts5(word.Word), word.Prefix, bit, rows, averageLength, scratch, touched);
            foreach (var correction in word.Corrections)
            {
                touched = AddPhrase(snapshot, correction, prefix: false, bit, rows, averageLength, scratch, touched);
            }
        }

        return touched;
    }

    private static int AddPhrase(
        TermIndexSnapshot snapshot, string phrase, bool prefix, int bit, long rows, double averageLength, Scratch scratch, int touched)
    {
        var accumulators = scratch.Accumulators;
        var holders = scratch.PhraseHolders;
        var baseCount = snapshot.Base.Count;
        var holding = Accumulate(snapshot.Base, 0, snapshot.Superseded, phrase, prefix, accumulators, holders, 0);
        holding = Accumulate(snapshot.Delta, baseCount, null, phrase, prefix, accumulators, holders, holding);

        var idf = Math.Log((rows - holding + 0.5) / (holding + 0.5));
        if (idf <= 0.0)
        {
            idf = 1e-6;
        }

        // Many holders are visited in product order (memory read in order, ahead of need), few through their list.
        var all = scratch.Touched;
        if (holding > snapshot.Ordinals / SequentialShare)
        {
            touched = ScoreHolders(snapshot.Base.Facts, accumulators, 0, idf, averageLength, bit, all, touched);
            return ScoreHolders(snapshot.Delta.Facts, accumulators, baseCount, idf, averageLength, bit, all, touched);
        }

        for (var i = 0; i < holding; i++)
        {
            var product = holders[i];
            var length = product < baseCount ? snapshot.Base.Facts[product].Length : snapshot.Delta.Facts[product - baseCount].Length;
            if (AddScore(ref accumulators[product], idf, length, averageLength, bit))
            {
                all[touched++] = product;
            }
        }

        return touched;
    }

    private static int ScoreHolders(
        ProductFacts[] facts, Accumulator[] accumulators, int offset, double idf, double averageLength, int bit, int[] all, int touched)
    {
        for (var local = 0; local < facts.Length; local++)
        {
            ref var accumulator = ref accumulators[offset + local];
            if (accumulator.Frequency != 0 && AddScore(ref accumulator, idf, facts[local].Length, averageLength, bit))
            {
                all[touched++] = offset + local;
            }
        }

        return touched;
    }

    // bm25's part of one phrase in one product, added in phrase order; true when the product was not touched before.
    private static bool AddScore(ref Accumulator accumulator, double idf, int length, double averageLength, int bit)
    {
        double f = accumulator.Frequency;
        accumulator.Frequency = 0;
        accumulator.Score += idf * (f * (K1 + 1.0) / (f + K1 * (1 - B + B * (double)length / averageLength)));
        var first = accumulator.Mask == 0;
        accumulator.Mask |= bit;
        return first;
    }

    private static int Accumulate(
        ProductSegment segment, int offset, bool[]? superseded, string phrase, bool prefix, Accumulator[] accumulators, int[] holders, int holding)
    {
        var (from, to) = segment.TermRange(phrase, prefix);
        var starts = segment.PostingStarts;
        var products = segment.PostingProducts;
        var weights = segment.PostingFrequencies;
        for (var term = from; term < to; term++)
        {
            for (var posting = starts[term]; posting < starts[term + 1]; posting++)
            {
                var local = products[posting];
                if (superseded is not null && superseded[local])
                {
                    continue;
                }

                ref var frequency = ref accumulators[offset + local].Frequency;
                if (frequency == 0)
                {
                    holders[holding++] = offset + local;
                }

                frequency += weights[posting];
            }
        }

        return holding;
    }

    private static long Collect(
        TermIndexSnapshot snapshot, int groups, bool all, string exactKey, TermIndexFilter filter, Scratch scratch, int touched, Page page)
    {
        var context = new CollectContext(snapshot, all ? (1 << groups) - 1 : 0, exactKey, exactKey.GetHashCode(StringComparison.Ordinal), filter, scratch, page);
        if (touched > snapshot.Ordinals / SequentialShare)
        {
            // In product order: every product's accumulator is read anyway, and the facts of matches in order.
            CollectSegment(snapshot.Base, 0, ref context);
            CollectSegment(snapshot.Delta, snapshot.Base.Count, ref context);
            return context.Total;
        }

        var list = scratch.Touched;
        var accumulators = scratch.Accumulators;
        var baseCount = snapshot.Base.Count;
        for (var i = 0; i < touched; i++)
        {
            var product = list[i];
            var (segment, local) = product < baseCount ? (snapshot.Base, product) : (snapshot.Delta, product - baseCount);
            CollectOne(ref accumulators[product], segment, local, ref context);
        }

        return context.Total;
    }

    private static void CollectSegment(ProductSegment segment, int offset, ref CollectContext context)
    {
        var accumulators = context.Scratch.Accumulators;
        for (var local = 0; local < segment.Count; local++)
        {
            ref var accumulator = ref accumulators[offset + local];
            if (accumulator.Mask != 0)
            {
                CollectOne(ref accumulator, segment, local, ref context);
            }
        }
    }

    private static void CollectOne(ref Accumulator accumulator, ProductSegment segment, int local, ref CollectContext context)
    {
        var mask = accumulator.Mask;
        var relevance = accumulator.Score;
        accumulator = default;
        if (context.Full != 0 && mask != context.Full)
        {
            return;
        }

        ref readonly var facts = ref segment.Facts[local];
        if (!context.Filter.Keeps(facts, segment, local, context.Snapshot.Values))
        {
            return;
        }

        context.Total++;
        context.Scratch.CountFacets(facts, segment);

        // The SQL path's score: relevance times boost, times 2 for a name that is exactly the query.
        var exact = facts.NameKeyHash == context.ExactHash && string.Equals(segment.NameKeys[local], context.ExactKey, StringComparison.Ordinal);
        context.Page.Offer(relevance * facts.Boost * (exact ? 2.0 : 1.0), segment, local);
    }

    private static long Browse(TermIndexSnapshot snapshot, TermIndexFilter filter, Scratch scratch, Page page)
    {
        long total = 0;
        var values = snapshot.Values;
        foreach (var (segment, superseded) in (ReadOnlySpan<(ProductSegment, bool[]?)>)[(snapshot.Base, snapshot.Superseded), (snapshot.Delta, null)])
        {
            for (var product = 0; product < segment.Count; product++)
            {
                ref readonly var facts = ref segment.Facts[product];
                if (superseded is not null && superseded[product] || !filter.Keeps(facts, segment, product, values))
                {
                    continue;
                }

                total++;
                scratch.CountFacets(facts, segment);
                page.Offer(facts.Boost, segment, product);
            }
        }

        return total;
    }

    /// <summary>One phrase's frequency in a product while it is read, and the product's score and matched groups so far.</summary>
    private struct Accumulator
    {
        public double Score;
        public int Mask;
        public int Frequency;
    }

    private ref struct CollectContext(
        TermIndexSnapshot snapshot, int full, string exactKey, int exactHash, TermIndexFilter filter, Scratch scratch, Page page)
    {
        public readonly TermIndexSnapshot Snapshot = snapshot;
        public readonly int Full = full;
        public readonly string ExactKey = exactKey;
        public readonly int ExactHash = exactHash;
        public readonly TermIndexFilter Filter = filter;
        public readonly Scratch Scratch = scratch;
        public readonly Page Page = page;
        public long Total;
    }

    /// <summary>The best hits after the cursor, sorted by score (highest first) then URN, at most a page and one.</summary>
    private sealed class Page(int capacity, SearchCursor? after)
    {
        public List<(string Urn, long Id, double Score)> Hits { get; } = new(capacity);

        public void Offer(double score, ProductSegment segment, int product)
        {
            var urn = segment.Urns[product];
            // The keyset condition of the SQL path: score < @after_score OR (score = @after_score AND urn > @after_urn).
            if (after is not null && !(score < after.Score || score == after.Score && string.CompareOrdinal(urn, after.Urn) > 0))
            {
                return;
            }

            var hits = Hits;
            if (hits.Count == capacity && !Before(score, urn, hits[^1].Score, hits[^1].Urn))
            {
                return;
            }

            var at = hits.Count;
            while (at > 0 && Before(score, urn, hits[at - 1].Score, hits[at - 1].Urn))
            {
                at--;
            }

            if (hits.Count == capacity)
            {
                hits.RemoveAt(capacity - 1);
            }

            hits.Insert(at, (urn, segment.Ids[product], score));
        }

        private static bool Before(double score, string urn, double otherScore, string otherUrn) =>
            score > otherScore || score == otherScore && string.CompareOrdinal(urn, otherUrn) < 0;
    }

    /// <summary>Arrays by product number, zero between searches and reused: a search allocates none of them.</summary>
    private sealed class Scratch
    {
        public Scratch(TermIndexSnapshot snapshot)
        {
            // Room for a delta to grow before the arrays are made again.
            var products = snapshot.Ordinals + 1024;
            Accumulators = new Accumulator[products];
            PhraseHolders = new int[products];
            Touched = new int[products];
            FacetCounts = new long[snapshot.Values.Count + 256];
        }

        public Accumulator[] Accumulators { get; }

        public int[] PhraseHolders { get; }

        public int[] Touched { get; }

        private long[] FacetCounts { get; }

        public bool Fits(TermIndexSnapshot snapshot) => snapshot.Ordinals <= Accumulators.Length && snapshot.Values.Count <= FacetCounts.Length;

        public void CountFacets(in ProductFacts facts, ProductSegment segment)
        {
            var counts = FacetCounts;
            counts[facts.Domain]++;
            counts[facts.Status]++;
            if (facts.Owner >= 0)
            {
                counts[facts.Owner]++;
            }

            counts[facts.Classification]++;
            var tags = segment.TagValues;
            for (var i = facts.TagStart; i < facts.TagEnd; i++)
            {
                counts[tags[i]]++;
            }
        }

        /// <summary>The counts as facets, and the counts back to zero.</summary>
        public FacetCounts TakeFacets(FacetValueTable values, long total)
        {
            var facets = new FacetCounts { Total = total };
            var counts = FacetCounts;
            for (var number = 0; number < values.Count; number++)
            {
                if (counts[number] > 0)
                {
                    var (facet, value) = values[number];
                    facets.Add(facet, value, counts[number]);
                    counts[number] = 0;
                }
            }

            return facets;
        }
    }
}
