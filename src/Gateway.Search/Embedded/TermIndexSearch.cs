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

    [ThreadStatic]
    private static Scratch? t_scratch;

    /// <summary>
    /// The matches of <paramref name="words"/> (null: every product, by boost), every group's when <paramref name="all"/>,
    /// else any: their count with facets, and the page after <paramref name="after"/> (one more than <paramref name="first"/> when there are more).
    /// </summary>
    public static (FacetCounts Facets, List<(string Urn, long Id, double Score)> Page) Run(
        TermIndexSnapshot snapshot, IReadOnlyList<QueryWord>? words, bool all, string exactKey, SearchConditions conditions, int first,
        SearchCursor? after)
    {
        var scratch = t_scratch is { } cached && cached.Fits(snapshot) ? cached : new Scratch(snapshot);
        t_scratch = null;
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

        // Back for the next search on this thread only when every array is clean again (no exception came between).
        t_scratch = scratch;
        return (facets, page.Hits);
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

    // Every phrase read into the score and mask arrays; returns how many products it touched (listed in scratch.Touched).
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
        var frequencies = scratch.Frequencies;
        var holders = scratch.PhraseHolders;
        var holding = 0;
        var baseCount = snapshot.Base.Count;
        holding = Accumulate(snapshot.Base, 0, snapshot.Superseded, phrase, prefix, frequencies, holders, holding);
        holding = Accumulate(snapshot.Delta, baseCount, null, phrase, prefix, frequencies, holders, holding);

        var idf = Math.Log((rows - holding + 0.5) / (holding + 0.5));
        if (idf <= 0.0)
        {
            idf = 1e-6;
        }

        var scores = scratch.Scores;
        var masks = scratch.Masks;
        var all = scratch.Touched;
        var baseLengths = snapshot.Base.Lengths;
        var deltaLengths = snapshot.Delta.Lengths;
        for (var i = 0; i < holding; i++)
        {
            var product = holders[i];
            double f = frequencies[product];
            frequencies[product] = 0;
            double length = product < baseCount ? baseLengths[product] : deltaLengths[product - baseCount];
            scores[product] += idf * (f * (K1 + 1.0) / (f + K1 * (1 - B + B * length / averageLength)));
            if (masks[product] == 0)
            {
                all[touched++] = product;
            }

            masks[product] |= bit;
        }

        return touched;
    }

    private static int Accumulate(
        ProductSegment segment, int offset, bool[]? superseded, string phrase, bool prefix, int[] frequencies, int[] holders, int holding)
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

                var product = offset + local;
                if (frequencies[product] == 0)
                {
                    holders[holding++] = product;
                }

                frequencies[product] += weights[posting];
            }
        }

        return holding;
    }

    private static long Collect(
        TermIndexSnapshot snapshot, int groups, bool all, string exactKey, TermIndexFilter filter, Scratch scratch, int touched, Page page)
    {
        var full = (1 << groups) - 1;
        var scores = scratch.Scores;
        var masks = scratch.Masks;
        var list = scratch.Touched;
        var values = snapshot.Values;
        var baseCount = snapshot.Base.Count;
        long total = 0;
        for (var i = 0; i < touched; i++)
        {
            var product = list[i];
            var mask = masks[product];
            var relevance = scores[product];
            masks[product] = 0;
            scores[product] = 0;
            if (all && mask != full)
            {
                continue;
            }

            var (segment, local) = product < baseCount ? (snapshot.Base, product) : (snapshot.Delta, product - baseCount);
            if (!filter.Keeps(segment, local, values))
            {
                continue;
            }

            total++;
            scratch.CountFacets(segment, local);

            // The SQL path's score: relevance times boost, times 2 for a name that is exactly the query.
            var score = relevance * segment.Boosts[local] * (string.Equals(segment.NameKeys[local], exactKey, StringComparison.Ordinal) ? 2.0 : 1.0);
            page.Offer(score, segment.Urns[local], segment.Ids[local]);
        }

        return total;
    }

    private static long Browse(TermIndexSnapshot snapshot, TermIndexFilter filter, Scratch scratch, Page page)
    {
        long total = 0;
        var values = snapshot.Values;
        foreach (var (segment, superseded) in (ReadOnlySpan<(ProductSegment, bool[]?)>)[(snapshot.Base, snapshot.Superseded), (snapshot.Delta, null)])
        {
            for (var product = 0; product < segment.Count; product++)
            {
                if (superseded is not null && superseded[product] || !filter.Keeps(segment, product, values))
                {
                    continue;
                }

                total++;
                scratch.CountFacets(segment, product);
                page.Offer(segment.Boosts[product], segment.Urns[product], segment.Ids[product]);
            }
        }

        return total;
    }

    /// <summary>The best hits after the cursor, sorted by score (highest first) then URN, at most a page and one.</summary>
    private sealed class Page(int capacity, SearchCursor? after)
    {
        public List<(string Urn, long Id, double Score)> Hits { get; } = new(capacity);

        public void Offer(double score, string urn, long id)
        {
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

            hits.Insert(at, (urn, id, score));
        }

        private static bool Before(double score, string urn, double otherScore, string otherUrn) =>
            score > otherScore || score == otherScore && string.CompareOrdinal(urn, otherUrn) < 0;
    }

    /// <summary>Arrays by product number, zero between searches, kept per thread: a search allocates none of them.</summary>
    private sealed class Scratch
    {
        public Scratch(TermIndexSnapshot snapshot)
        {
            // Room for a delta to grow before the arrays are made again.
            var products = snapshot.Ordinals + 1024;
            Scores = new double[products];
            Masks = new int[products];
            Frequencies = new int[products];
            PhraseHolders = new int[products];
            Touched = new int[products];
            FacetCounts = new long[snapshot.Values.Count + 256];
        }

        public double[] Scores { get; }

        public int[] Masks { get; }

        public int[] Frequencies { get; }

        public int[] PhraseHolders { get; }

        public int[] Touched { get; }

        private long[] FacetCounts { get; }

        public bool Fits(TermIndexSnapshot snapshot) => snapshot.Ordinals <= Scores.Length && snapshot.Values.Count <= FacetCounts.Length;

        public void CountFacets(ProductSegment segment, int product)
        {
            var counts = FacetCounts;
            counts[segment.Domains[product]]++;
            counts[segment.Statuses[product]]++;
            if (segment.Owners[product] >= 0)
            {
                counts[segment.Owners[product]]++;
            }

            counts[segment.Classifications[product]]++;
            for (var i = segment.TagStarts[product]; i < segment.TagStarts[product + 1]; i++)
            {
                counts[segment.TagValues[i]]++;
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
