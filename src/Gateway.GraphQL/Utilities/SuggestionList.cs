namespace Gateway.GraphQL.Utilities;

/// <summary>
/// Picks the options close to a mistyped name, for "Did you mean" hints, with the same measure and
/// order as graphql-js so messages compare equal: an edit distance where a change of case counts as
/// one edit and adjacent transpositions count as one, a threshold of 40% of the input's length plus
/// one, results by distance and then in natural order (digits compared as numbers). The one
/// implementation for every "Did you mean" hint: validation, SDL building and input coercion.
/// </summary>
public static class SuggestionList
{
    public static List<string> Find(string input, IEnumerable<string> options)
    {
        var threshold = (input.Length * 4 / 10) + 1;
        var inputLower = input.ToLowerInvariant();
        var rows = new int[3][];
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i] = new int[input.Length + 1];
        }

        var found = new List<(string Option, int Distance)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var option in options)
        {
            if (!seen.Add(option))
            {
                continue;
            }

            var distance = Measure(input, inputLower, option, threshold, rows);
            if (distance >= 0)
            {
                found.Add((option, distance));
            }
        }

        found.Sort(static (a, b) => a.Distance != b.Distance ? a.Distance - b.Distance : NaturalCompare(a.Option, b.Option));
        var result = new List<string>(found.Count);
        foreach (var (option, _) in found)
        {
            result.Add(option);
        }

        return result;
    }

    /// <summary>Compares strings code unit by code unit, except that runs of digits compare as numbers.</summary>
    public static int NaturalCompare(string a, string b)
    {
        var aIndex = 0;
        var bIndex = 0;
        while (aIndex < a.Length && bIndex < b.Length)
        {
            var aChar = a[aIndex];
            var bChar = b[bIndex];
            if (char.IsAsciiDigit(aChar) && char.IsAsciiDigit(bChar))
            {
                // A leading zero ends the number, as in graphql-js, so "a01" sorts before "a1".
                long aNumber = 0;
                do
                {
                    aNumber = (aNumber * 10) + (a[aIndex] - '0');
                    aIndex++;
                }
                while (aIndex < a.Length && char.IsAsciiDigit(a[aIndex]) && aNumber > 0);

                long bNumber = 0;
                do
                {
                    bNumber = (bNumber * 10) + (b[bIndex] - '0');
                    bIndex++;
                }
                while (bIndex < b.Length && char.IsAsciiDigit(b[bIndex]) && bNumber > 0);

                if (aNumber != bNumber)
                {
                    return aNumber < bNumber ? -1 : 1;
                }
            }
            else
            {
                if (aChar != bChar)
                {
                    return aChar < bChar ? -1 : 1;
                }

                aIndex++;
                bIndex++;
            }
        }

        return a.Length - b.Length;
    }

    /// <summary>The distance between the input and an option, or -1 when it exceeds the threshold.</summary>
    private static int Measure(string input, string inputLower, string option, int threshold, int[][] rows)
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

        if (rows[0].Length < b.Length + 1)
        {
            for (var i = 0; i < rows.Length; i++)
            {
                rows[i] = new int[b.Length + 1];
            }
        }

        for (var j = 0; j <= b.Length; j++)
        {
            rows[0][j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            var upRow = rows[(i - 1) % 3];
            var currentRow = rows[i % 3];
            var smallestCell = currentRow[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var currentCell = Math.Min(Math.Min(upRow[j] + 1, currentRow[j - 1] + 1), upRow[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    currentCell = Math.Min(currentCell, rows[(i - 2) % 3][j - 2] + 1);
                }

                smallestCell = Math.Min(smallestCell, currentCell);
                currentRow[j] = currentCell;
            }

            // No later row can get below the smallest cell of this one.
            if (smallestCell > threshold)
            {
                return -1;
            }
        }

        var distance = rows[a.Length % 3][b.Length];
        return distance <= threshold ? distance : -1;
    }
}
