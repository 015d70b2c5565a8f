namespace Gateway.Federation.Composition;

/// <summary>
/// Orders GraphQL names as JavaScript's <c>localeCompare</c> does under ICU's root collation, which Apollo's
/// supergraph printer sorts types and directives with: <c>_</c> before digits before letters, letters compared
/// without case first and lower case before upper case on a tie. The process runs with invariant globalization,
/// so the culture-aware comparers would be ordinal.
/// </summary>
internal sealed class LocaleNameComparer : IComparer<string>
{
    public static readonly LocaleNameComparer Instance = new();

    public int Compare(string? x, string? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : -1) : 1;
        }

        var length = Math.Min(x.Length, y.Length);
        for (var i = 0; i < length; i++)
        {
            var difference = PrimaryWeight(x[i]) - PrimaryWeight(y[i]);
            if (difference != 0)
            {
                return difference;
            }
        }

        if (x.Length != y.Length)
        {
            return x.Length - y.Length;
        }

        for (var i = 0; i < length; i++)
        {
            if (x[i] != y[i])
            {
                // Tertiary level: lower case sorts first.
                return char.IsLower(x[i]) ? -1 : 1;
            }
        }

        return 0;
    }

    private static int PrimaryWeight(char c) => c switch
    {
        '_' => 1,
        >= '0' and <= '9' => 10 + (c - '0'),
        >= 'a' and <= 'z' => 100 + (c - 'a'),
        >= 'A' and <= 'Z' => 100 + (c - 'A'),
        _ => 1000 + c,
    };
}
