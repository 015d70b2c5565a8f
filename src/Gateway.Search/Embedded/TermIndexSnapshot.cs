namespace Gateway.Search.Embedded;

/// <summary>
/// One state of the index in memory, never changed once made: a base segment (every product as of a generation), a
/// delta segment (the products written since, as they are now), and the base products the delta supersedes (changed or
/// removed since). Products are numbered across both: the base's from 0, the delta's after them. The totals bm25 reads
/// (rows, tokens) are those of the products alive in this state, as FTS5 keeps them for its table.
/// </summary>
internal sealed class TermIndexSnapshot
{
    private TermIndexSnapshot(
        long generation, ProductSegment baseSegment, Dictionary<long, int> baseOrdinals, bool[] superseded, int supersededCount, long supersededLength,
        ProductSegment delta, FacetValueTable values)
    {
        Generation = generation;
        Base = baseSegment;
        BaseOrdinals = baseOrdinals;
        Superseded = superseded;
        SupersededCount = supersededCount;
        SupersededLength = supersededLength;
        Delta = delta;
        Values = values;
        Rows = baseSegment.Count - supersededCount + delta.Count;
        TotalLength = baseSegment.TotalLength - supersededLength + delta.TotalLength;
    }

    /// <summary>The index's generation (catalog migration 6) this state is of.</summary>
    public long Generation { get; }

    public ProductSegment Base { get; }

    public ProductSegment Delta { get; }

    /// <summary>By base product number: true when the product changed or went after the base was read.</summary>
    public bool[] Superseded { get; }

    public int SupersededCount { get; }

    public FacetValueTable Values { get; }

    /// <summary>Products alive: bm25's N.</summary>
    public long Rows { get; }

    /// <summary>Tokens of every alive product: bm25's average document length is this over <see cref="Rows"/>.</summary>
    public long TotalLength { get; }

    /// <summary>Product numbers: the base's and the delta's after them.</summary>
    public int Ordinals => Base.Count + Delta.Count;

    private Dictionary<long, int> BaseOrdinals { get; }

    private long SupersededLength { get; }

    public static TermIndexSnapshot FromBase(long generation, ProductSegment segment, FacetValueTable values)
    {
        var ordinals = new Dictionary<long, int>(segment.Count);
        for (var i = 0; i < segment.Count; i++)
        {
            ordinals[segment.Ids[i]] = i;
        }

        return new TermIndexSnapshot(generation, segment, ordinals, new bool[segment.Count], 0, 0, Empty(values), values);
    }

    /// <summary>
    /// This state with the products written since (<paramref name="changed"/>, as they are now) and the ids removed since,
    /// as of <paramref name="generation"/>: the base products they replace are superseded, the delta is built again.
    /// </summary>
    public TermIndexSnapshot WithChanges(long generation, IReadOnlyList<TermIndexRow> changed, IReadOnlyList<long> removed)
    {
        var superseded = (bool[])Superseded.Clone();
        var supersededCount = SupersededCount;
        var supersededLength = SupersededLength;
        var touched = new HashSet<long>(changed.Count + removed.Count);
        void Supersede(long id)
        {
            touched.Add(id);
            if (BaseOrdinals.TryGetValue(id, out var ordinal) && !superseded[ordinal])
            {
                superseded[ordinal] = true;
                supersededCount++;
                supersededLength += Base.Facts[ordinal].Length;
            }
        }

        foreach (var row in changed)
        {
            Supersede(row.Id);
        }

        foreach (var id in removed)
        {
            Supersede(id);
        }

        var values = Values.Copy();
        var builder = new SegmentBuilder(values, keepRows: true);
        foreach (var row in Delta.Rows)
        {
            if (!touched.Contains(row.Id))
            {
                builder.Add(row);
            }
        }

        foreach (var row in changed)
        {
            builder.Add(row);
        }

        return new TermIndexSnapshot(generation, Base, BaseOrdinals, superseded, supersededCount, supersededLength, builder.Build(), values);
    }

    /// <summary>How many alive products hold <paramref name="word"/> (or, as a prefix, a word starting with it), counting up to <paramref name="enough"/>.</summary>
    public long Documents(string word, bool prefix, long enough)
    {
        // A prefix's words may share products: only a word, or the existence of any, is counted without a set.
        long documents = 0;
        var (from, to) = Base.TermRange(word, prefix);
        for (var term = from; term < to && documents < enough; term++)
        {
            if (SupersededCount == 0)
            {
                documents += Math.Min(enough - documents, Base.PostingStarts[term + 1] - Base.PostingStarts[term]);
                continue;
            }

            for (var posting = Base.PostingStarts[term]; posting < Base.PostingStarts[term + 1] && documents < enough; posting++)
            {
                if (!Superseded[Base.PostingProducts[posting]])
                {
                    documents++;
                }
            }
        }

        (from, to) = Delta.TermRange(word, prefix);
        for (var term = from; term < to && documents < enough; term++)
        {
            documents += Math.Min(enough - documents, Delta.PostingStarts[term + 1] - Delta.PostingStarts[term]);
        }

        return documents;
    }

    private static ProductSegment Empty(FacetValueTable values) => new SegmentBuilder(values, keepRows: true).Build();
}
