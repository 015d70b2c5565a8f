using System.Runtime.InteropServices;

namespace Gateway.Search.Embedded;

/// <summary>
/// Builds a <see cref="ProductSegment"/> from products read one at a time: each column's text cut into words as FTS5
/// cuts it, each word counted with its column's weight, the postings collected in product order and then grouped by
/// word (a counting sort, so each word's products stay ascending).
/// </summary>
internal sealed class SegmentBuilder : ITokenSink
{
    // bm25 column weights (see SqliteSearchIndex): name, keywords, description, fields.
    public const int NameWeight = 10;
    public const int KeywordsWeight = 4;
    public const int DescriptionWeight = 2;
    public const int FieldsWeight = 1;

    private readonly FacetValueTable _values;
    private readonly bool _keepRows;
    private readonly Dictionary<string, int> _termIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _termLookup;
    private readonly List<string> _terms = [];
    private readonly List<int> _touched = [];
    private int[] _frequencies = new int[1024];
    private int _weight;

    private readonly List<int> _postingTerms = [];
    private readonly List<int> _postingProducts = [];
    private readonly List<int> _postingFrequencies = [];

    private readonly List<long> _ids = [];
    private readonly List<string> _urns = [];
    private readonly List<string> _nameKeys = [];
    private readonly List<ProductFacts> _facts = [];
    private readonly List<int> _tagValues = [];
    private readonly List<string?> _teams = [];
    private readonly List<TermIndexRow> _rows = [];
    private long _totalLength;

    /// <param name="values">The facet value numbers to use and extend (the builder's own from now on).</param>
    /// <param name="keepRows">True for a delta, which is built again from its rows when more changes come.</param>
    public SegmentBuilder(FacetValueTable values, bool keepRows)
    {
        _values = values;
        _keepRows = keepRows;
        _termLookup = _termIds.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public void Add(TermIndexRow row)
    {
        var product = _ids.Count;
        var length = 0;
        _weight = NameWeight;
        length += SearchText.Tokens(row.Name, this);
        _weight = KeywordsWeight;
        length += SearchText.Tokens(row.Keywords, this);
        _weight = DescriptionWeight;
        length += SearchText.Tokens(row.Description, this);
        _weight = FieldsWeight;
        length += SearchText.Tokens(row.Fields, this);
        foreach (var term in _touched)
        {
            _postingTerms.Add(term);
            _postingProducts.Add(product);
            _postingFrequencies.Add(_frequencies[term]);
            _frequencies[term] = 0;
        }

        _touched.Clear();
        _ids.Add(row.Id);
        _urns.Add(row.Urn);
        _nameKeys.Add(row.NameKey);
        _totalLength += length;
        var tagStart = _tagValues.Count;
        if (row.Tags.Length > 0)
        {
            foreach (var tag in row.Tags.Split(IndexedProduct.TagSeparator))
            {
                _tagValues.Add(_values.Number("tags", tag));
            }
        }

        _facts.Add(new ProductFacts(
            row.Boost, length, _values.Number("domain", row.Domain), _values.Number("status", row.Status),
            row.Owner is null ? -1 : _values.Number("owner", row.Owner), _values.Number("classification", row.Classification), tagStart,
            _tagValues.Count, row.NameKey.GetHashCode(StringComparison.Ordinal)));
        _teams.Add(row.Team);
        if (_keepRows)
        {
            _rows.Add(row);
        }
    }

    void ITokenSink.Add(ReadOnlySpan<char> token)
    {
        if (!_termLookup.TryGetValue(token, out var term))
        {
            term = _terms.Count;
            var text = token.ToString();
            _terms.Add(text);
            _termIds.Add(text, term);
            if (term == _frequencies.Length)
            {
                Array.Resize(ref _frequencies, _frequencies.Length * 2);
            }
        }

        if (_frequencies[term] == 0)
        {
            _touched.Add(term);
        }

        _frequencies[term] += _weight;
    }

    public ProductSegment Build()
    {
        // Words in ordinal order; rank[term id] is the word's place in it.
        var terms = _terms.ToArray();
        var order = new int[terms.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(terms, order, StringComparer.Ordinal);
        var rank = new int[terms.Length];
        for (var i = 0; i < order.Length; i++)
        {
            rank[order[i]] = i;
        }

        var postingTerms = CollectionsMarshal.AsSpan(_postingTerms);
        var starts = new int[terms.Length + 1];
        foreach (var term in postingTerms)
        {
            starts[rank[term] + 1]++;
        }

        for (var i = 1; i < starts.Length; i++)
        {
            starts[i] += starts[i - 1];
        }

        var next = (int[])starts.Clone();
        var products = new int[postingTerms.Length];
        var frequencies = new int[postingTerms.Length];
        var postingProducts = CollectionsMarshal.AsSpan(_postingProducts);
        var postingFrequencies = CollectionsMarshal.AsSpan(_postingFrequencies);
        for (var i = 0; i < postingTerms.Length; i++)
        {
            var at = next[rank[postingTerms[i]]]++;
            products[at] = postingProducts[i];
            frequencies[at] = postingFrequencies[i];
        }

        return new ProductSegment
        {
            Count = _ids.Count,
            Ids = [.. _ids],
            Urns = [.. _urns],
            NameKeys = [.. _nameKeys],
            Facts = [.. _facts],
            TagValues = [.. _tagValues],
            Teams = [.. _teams],
            TotalLength = _totalLength,
            Terms = terms,
            PostingStarts = starts,
            PostingProducts = products,
            PostingFrequencies = frequencies,
            Rows = _keepRows ? [.. _rows] : [],
        };
    }
}
