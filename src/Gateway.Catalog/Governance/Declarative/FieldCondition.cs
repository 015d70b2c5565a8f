using System.Text.RegularExpressions;

namespace Gateway.Catalog.Governance.Declarative;

/// <summary>
/// One field of a <c>when</c>, <c>forbid</c> or <c>match</c> mapping: the values it is compared with
/// (case-insensitively) or the pattern its values must match.
/// </summary>
internal sealed record FieldCondition(string Field, IReadOnlyList<string> Values, Regex? Pattern)
{
    /// <summary>Whether any of the element's values is one of <see cref="Values"/>.</summary>
    public bool AnyEqual(IReadOnlyList<string> actual)
    {
        foreach (var value in actual)
        {
            foreach (var expected in Values)
            {
                if (string.Equals(value, expected, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The first of the element's values the pattern does not match, or null when all do.</summary>
    public string? FirstMismatch(IReadOnlyList<string> actual)
    {
        foreach (var value in actual)
        {
            try
            {
                if (!Pattern!.IsMatch(value))
                {
                    return value;
                }
            }
            catch (RegexMatchTimeoutException)
            {
                // A pattern that backtracks past its time limit on this value proves nothing: a finding, not a hang.
                return value;
            }
        }

        return null;
    }
}
