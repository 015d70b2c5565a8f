namespace Gateway.Search.Embedded;

/// <summary>
/// Products of the term index, numbered from 0 in the order they were read, in columns: what a search reads for each
/// match (<see cref="ProductFacts"/>; the row id, URN, folded name and team beside them), and the segment's inverted
/// index: its words in ordinal order (a prefix is a range of them, typo candidates too) with, per word, the products
/// holding it and its weighted frequency in each (name 10, keywords 4, description 2, fields 1, as bm25 weighs the
/// columns), products in ascending order.
/// </summary>
internal sealed class ProductSegment
{
    public required int Count { get; init; }

    public required long[] Ids { get; init; }

    public required string[] Urns { get; init; }

    public required string[] NameKeys { get; init; }

    /// <summary>Per product: what a search reads of each match (see <see cref="ProductFacts"/>).</summary>
    public required ProductFacts[] Facts { get; init; }

    /// <summary>The facet value numbers of the products' tags, each product's from its <see cref="ProductFacts.TagStart"/> to its <see cref="ProductFacts.TagEnd"/>.</summary>
    public required int[] TagValues { get; init; }

    public required string?[] Teams { get; init; }

    public required long TotalLength { get; init; }

    public required string[] Terms { get; init; }

    /// <summary>Where each word's postings start (one entry more than words).</summary>
    public required int[] PostingStarts { get; init; }

    public required int[] PostingProducts { get; init; }

    public required int[] PostingFrequencies { get; init; }

    /// <summary>The rows the segment was built from, kept by a delta so that it can be built again with later changes.</summary>
    public required IReadOnlyList<TermIndexRow> Rows { get; init; }

    /// <summary>The words equal to <paramref name="word"/> or, as a <paramref name="prefix"/>, starting with it: <c>[From, To)</c>.</summary>
    public (int From, int To) TermRange(string word, bool prefix)
    {
        var from = LowerBound(word);
        if (!prefix)
        {
            return from < Terms.Length && string.Equals(Terms[from], word, StringComparison.Ordinal) ? (from, from + 1) : (from, from);
        }

        var to = from;
        while (to < Terms.Length && Terms[to].StartsWith(word, StringComparison.Ordinal))
        {
            to++;
        }

        return (from, to);
    }

    private int LowerBound(string word)
    {
        var low = 0;
        var high = Terms.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (string.CompareOrdinal(Terms[middle], word) < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
