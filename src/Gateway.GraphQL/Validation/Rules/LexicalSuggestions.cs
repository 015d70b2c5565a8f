namespace Gateway.GraphQL.Validation.Rules;

/// <summary>
/// "Did you mean" hints for unknown names, ranked the way graphql-js ranks them: by Damerau-Levenshtein
/// distance (case changes count as one edit), ties broken by natural order, at most five offered.
/// Only runs when an error is already being reported, so it is off the hot path.
/// </summary>
internal static class LexicalSuggestions
{
    private const int MaxSuggestions = 5;

    /// <summary>The options close enough to <paramref name="input"/>, best first.</summary>
    public static List<string> Rank(string input, IEnumerable<string> options)
    {
        var threshold = (input.Length * 4 / 10) + 1;
        var inputLower = input.ToLowerInvariant();
        var ranked = new List<(string Option, int Distance)>();
        foreach (var option in options)
        {
            var distance = Distance(input, inputLower, option, threshold);
            if (distance >= 0)
            {
                ranked.Add((option, distance));
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

    /// <summary>" Did you mean "a", "b", or "c"?" or the empty string when there is nothing to suggest.</summary>
    public static string DidYouMean(IReadOnlyList<string> suggestions, string? subject = null)
    {
        if (suggestions.Count == 0)
        {
            return string.Empty;
        }

        var message = subject is null ? " Did you mean " : $" Did you mean {subject} ";
        if (suggestions.Count == 1)
        {
            return $"{message}\"{suggestions[0]}\"?";
        }

        if (suggestions.Count == 2)
        {
            return $"{message}\"{suggestions[0]}\" or \"{suggestions[1]}\"?";
        }

        var count = Math.Min(suggestions.Count, MaxSuggestions);
        var builder = new System.Text.StringBuilder(message);
        for (var i = 0; i < count - 1; i++)
        {
            builder.Append('"').Append(suggestions[i]).Append("\", ");
        }

        return builder.Append("or \"").Append(suggestions[count - 1]).Append("\"?").ToString();
    }

    /// <summary>The edit distance, or -1 when it exceeds <paramref name="threshold"/>.</summary>
    private static int Distance(string input, string inputLower, string option, int threshold)
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
            return -1;
        }

        // Three rolling rows are enough for the transposition lookback.
        var rows = new int[3, b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            rows[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            var up = (i - 1) % 3;
            var current = i % 3;
            var smallest = rows[current, 0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var cell = Math.Min(Math.Min(rows[up, j] + 1, rows[current, j - 1] + 1), rows[up, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    cell = Math.Min(cell, rows[(i - 2) % 3, j - 2] + 1);
                }

                smallest = Math.Min(smallest, cell);
                rows[current, j] = cell;
            }

            if (smallest > threshold)
            {
                return -1;
            }
        }

        var distance = rows[a.Length % 3, b.Length];
        return distance <= threshold ? distance : -1;
    }

    /// <summary>Orders digit runs by numeric value and everything else by UTF-16 code unit.</summary>
    private static int NaturalCompare(string a, string b)
    {
        var ai = 0;
        var bi = 0;
        while (ai < a.Length && bi < b.Length)
        {
            var ac = a[ai];
            var bc = b[bi];
            if (char.IsAsciiDigit(ac) && char.IsAsciiDigit(bc))
            {
                var an = ReadNumber(a, ref ai);
                var bn = ReadNumber(b, ref bi);
                if (an != bn)
                {
                    return an < bn ? -1 : 1;
                }
            }
            else
            {
                if (ac != bc)
                {
                    return ac < bc ? -1 : 1;
                }

                ai++;
                bi++;
            }
        }

        return a.Length - b.Length;
    }

    // A leading zero ends the run after one digit, as graphql-js does, so "007" compares as 0, 0, 7.
    private static long ReadNumber(string text, ref int index)
    {
        long value = 0;
        do
        {
            value = (value * 10) + (text[index] - '0');
            index++;
        }
        while (index < text.Length && char.IsAsciiDigit(text[index]) && value > 0 && value < long.MaxValue / 10);

        return value;
    }
}
