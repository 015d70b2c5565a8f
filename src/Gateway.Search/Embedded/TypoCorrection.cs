namespace Gateway.Search.Embedded;

/// <summary>
/// Picks the index words a mistyped word most likely meant: within the allowed edit distance
/// (<see cref="EditDistance.AllowedEdits"/>), nearest first, then the most frequent, at most three.
/// </summary>
internal static class TypoCorrection
{
    public const int MaxCorrections = 3;

    /// <summary>The first letters candidates share with the typed word: typos rarely touch them, and the index reads only that range of its vocabulary.</summary>
    public static string CandidatePrefix(string word) => word.Length >= 5 ? word[..2] : word[..1];

    public static IReadOnlyList<string> Choose(string word, IEnumerable<(string Word, long Documents)> candidates)
    {
        var bound = EditDistance.AllowedEdits(word.Length);
        var best = new List<(string Word, int Distance, long Documents)>();
        foreach (var (candidate, documents) in candidates)
        {
            var distance = EditDistance.Compute(word, candidate, bound);
            if (distance <= bound && documents > 0)
            {
                best.Add((candidate, distance, documents));
            }
        }

        best.Sort(static (x, y) => x.Distance != y.Distance
            ? x.Distance.CompareTo(y.Distance)
            : x.Documents != y.Documents ? y.Documents.CompareTo(x.Documents) : string.CompareOrdinal(x.Word, y.Word));
        var chosen = new List<string>(Math.Min(best.Count, MaxCorrections));
        for (var i = 0; i < best.Count && chosen.Count < MaxCorrections; i++)
        {
            chosen.Add(best[i].Word);
        }

        return chosen;
    }

    /// <summary>The end of the range of words starting with <paramref name="prefix"/> (exclusive), for <c>word &gt;= prefix AND word &lt; end</c>.</summary>
    public static string RangeEnd(string prefix) => prefix + '\uffff';
}
