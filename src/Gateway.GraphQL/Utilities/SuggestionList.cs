namespace Gateway.GraphQL.Utilities;

/// <summary>
/// "Did you mean" hints for names a user mistyped, ranked as graphql-js ranks them (Damerau-Levenshtein
/// distance on lower-cased names, a threshold of 40% of the input's length, ties in ordinal order), so
/// messages compare equal with the reference implementation.
/// </summary>
internal static class SuggestionList
{
    private const int MaxSuggestions = 5;

    /// <summary>The options close enough to <paramref name="input"/>, best first.</summary>
    public static List<string> Rank(string input, IEnumerable<string> options)
    {
        var threshold = (int)Math.Floor(input.Length * 0.4) + 1;
        var lowerInput = input.ToLowerInvariant();
        var ranked = new List<(string Option, int Distance)>();
        foreach (var option in options)
        {
            var distance = Distance(input, lowerInput, option, threshold);
            if (distance is { } found)
            {
                ranked.Add((option, found));
            }
        }

        ranked.Sort(static (a, b) => a.Distance != b.Distance ? a.Distance - b.Distance : string.CompareOrdinal(a.Option, b.Option));
        var result = new List<string>(ranked.Count);
        foreach (var (option, _) in ranked)
        {
            result.Add(option);
        }

        return result;
    }

    /// <summary>The message suffix <c> Did you mean "a", "b", or "c"?</c>, or empty when nothing is close.</summary>
    public static string DidYouMean(IReadOnlyList<string> suggestions)
    {
        switch (suggestions.Count)
        {
            case 0:
                return string.Empty;
            case 1:
                return $" Did you mean \"{suggestions[0]}\"?";
            case 2:
                return $" Did you mean \"{suggestions[0]}\" or \"{suggestions[1]}\"?";
        }

        var count = Math.Min(suggestions.Count, MaxSuggestions);
        var quoted = new string[count - 1];
        for (var i = 0; i < count - 1; i++)
        {
            quoted[i] = $"\"{suggestions[i]}\"";
        }

        return $" Did you mean {string.Join(", ", quoted)}, or \"{suggestions[count - 1]}\"?";
    }

    private static int? Distance(string input, string lowerInput, string option, int threshold)
    {
        if (input == option)
        {
            return 0;
        }

        var lowerOption = option.ToLowerInvariant();
        if (lowerInput == lowerOption)
        {
            return 1;
        }

        var a = lowerInput;
        var b = lowerOption;
        if (a.Length < b.Length)
        {
            (a, b) = (b, a);
        }

        if (a.Length - b.Length > threshold)
        {
            return null;
        }

        // Optimal string alignment distance over three rolling rows.
        var rows = new int[3][];
        for (var r = 0; r < 3; r++)
        {
            rows[r] = new int[b.Length + 1];
        }

        for (var j = 0; j <= b.Length; j++)
        {
            rows[0][j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            var upRow = rows[(i - 1) % 3];
            var currentRow = rows[i % 3];
            var smallest = currentRow[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var current = Math.Min(Math.Min(upRow[j] + 1, currentRow[j - 1] + 1), upRow[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    var doubleDiagonal = rows[(i - 2) % 3][j - 2];
                    current = Math.Min(current, doubleDiagonal + 1);
                }

                smallest = Math.Min(smallest, current);
                currentRow[j] = current;
            }

            if (smallest > threshold)
            {
                return null;
            }
        }

        var distance = rows[a.Length % 3][b.Length];
        return distance <= threshold ? distance : null;
    }
}
