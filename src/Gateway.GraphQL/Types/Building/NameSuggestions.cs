namespace Gateway.GraphQL.Types.Building;

/// <summary>
/// "Did you mean" hints as graphql-js words them: candidates within a lexical distance of about 40% of
/// the input's length (Damerau-Levenshtein, case-insensitive), closest first, at most five.
/// </summary>
internal static class NameSuggestions
{
    private const int MaxSuggestions = 5;

    public static List<string> Rank(string input, IEnumerable<string> options)
    {
        var threshold = (int)Math.Floor(input.Length * 0.4) + 1;
        var inputLower = input.ToLowerInvariant();
        var ranked = new List<(string Option, int Distance)>();
        foreach (var option in options)
        {
            var distance = Measure(input, inputLower, option, threshold);
            if (distance is { } value)
            {
                ranked.Add((option, value));
            }
        }

        ranked.Sort(static (a, b) => a.Distance != b.Distance ? a.Distance - b.Distance : NaturalCompare(a.Option, b.Option));
        var result = new List<string>(ranked.Count);
        foreach (var (option, _) in ranked)
        {
            result.Add(option);
        }

        return result;
    }

    /// <summary>graphql-js <c>didYouMean</c>: empty, or <c> Did you mean "a", "b", or "c"?</c>.</summary>
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
        var builder = new System.Text.StringBuilder(" Did you mean ");
        for (var i = 0; i < count - 1; i++)
        {
            builder.Append('"').Append(suggestions[i]).Append("\", ");
        }

        return builder.Append("or \"").Append(suggestions[count - 1]).Append("\"?").ToString();
    }

    private static int? Measure(string input, string inputLower, string option, int threshold)
    {
        if (input == option)
        {
            return 0;
        }

        var optionLower = option.ToLowerInvariant();
        if (inputLower == optionLower)
        {
            return 1;
        }

        var a = optionLower;
        var b = inputLower;
        if (a.Length < b.Length)
        {
            (a, b) = (b, a);
        }

        if (a.Length - b.Length > threshold)
        {
            return null;
        }

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
            var up = rows[(i - 1) % 3];
            var current = rows[i % 3];
            var smallest = current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var cell = Math.Min(Math.Min(up[j] + 1, current[j - 1] + 1), up[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    cell = Math.Min(cell, rows[(i - 2) % 3][j - 2] + 1);
                }

                smallest = Math.Min(smallest, cell);
                current[j] = cell;
            }

            if (smallest > threshold)
            {
                return null;
            }
        }

        var distance = rows[a.Length % 3][b.Length];
        return distance <= threshold ? distance : null;
    }

    /// <summary>graphql-js <c>naturalCompare</c>: digit runs compare as numbers, other characters by code.</summary>
    private static int NaturalCompare(string a, string b)
    {
        var i = 0;
        var j = 0;
        while (i < a.Length && j < b.Length)
        {
            if (char.IsAsciiDigit(a[i]) && char.IsAsciiDigit(b[j]))
            {
                var startA = i;
                var startB = j;
                while (i < a.Length && char.IsAsciiDigit(a[i]))
                {
                    i++;
                }

                while (j < b.Length && char.IsAsciiDigit(b[j]))
                {
                    j++;
                }

                var numberA = decimal.Parse(a.AsSpan(startA, i - startA), System.Globalization.CultureInfo.InvariantCulture);
                var numberB = decimal.Parse(b.AsSpan(startB, j - startB), System.Globalization.CultureInfo.InvariantCulture);
                if (numberA != numberB)
                {
                    return numberA < numberB ? -1 : 1;
                }
            }
            else
            {
                if (a[i] != b[j])
                {
                    return a[i] < b[j] ? -1 : 1;
                }

                i++;
                j++;
            }
        }

        return a.Length.CompareTo(b.Length);
    }
}
