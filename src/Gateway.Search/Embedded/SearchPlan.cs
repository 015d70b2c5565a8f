namespace Gateway.Search.Embedded;

/// <summary>
/// A search text turned into index words. Words of three letters or more also match as prefixes: "cust" finds
/// "customer" and the name being typed. Matching every word comes first; when nothing matches every word, any
/// word will do (a catalog that answers nothing to "customer emails export" because one word is missing fails its
/// users; bm25 and ts_rank_cd still rank the products with more of the words first).
/// </summary>
internal sealed class SearchPlan
{
    private const int MinimumPrefixLength = 3;

    private SearchPlan(string exactKey, List<string> words)
    {
        ExactKey = exactKey;
        Words = words;
    }

    /// <summary>The whole text folded: a product whose name folds to it exactly ranks first.</summary>
    public string ExactKey { get; }

    public IReadOnlyList<string> Words { get; }

    /// <summary>True when the text has no word at all: the search lists every product the viewer may see, best boosted first.</summary>
    public bool IsBrowse => Words.Count == 0;

    public static SearchPlan Parse(string text)
    {
        var words = SearchText.Words(text, SearchText.MaxQueryWords);
        return new SearchPlan(string.Join(' ', words), words);
    }

    public static bool MatchesAsPrefix(string word) => word.Length >= MinimumPrefixLength;

    /// <summary>
    /// The words as the index will look them up; <paramref name="correct"/> is asked for the nearest index words of each
    /// word that no index word starts with (or equals, for a short word), and returns none when there are none.
    /// </summary>
    public async Task<IReadOnlyList<QueryWord>> ResolveAsync(
        Func<string, bool, CancellationToken, Task<bool>> exists,
        Func<string, CancellationToken, Task<IReadOnlyList<string>>> correct,
        CancellationToken cancellationToken)
    {
        var resolved = new List<QueryWord>(Words.Count);
        foreach (var word in Words)
        {
            var prefix = MatchesAsPrefix(word);
            if (await exists(word, prefix, cancellationToken) || EditDistance.AllowedEdits(word.Length) == 0)
            {
                resolved.Add(new QueryWord(word, prefix, []));
                continue;
            }

            resolved.Add(new QueryWord(word, prefix, await correct(word, cancellationToken)));
        }

        return resolved;
    }
}
