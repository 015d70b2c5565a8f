using System.Globalization;
using System.Text;

namespace Gateway.Search.Embedded;

/// <summary>
/// How the embedded indexes cut text into words, the same way on both stores: runs of letters and digits, lower-cased,
/// diacritics removed (what SQLite FTS5's <c>unicode61 remove_diacritics 2</c> tokenizer does), so a query word means
/// the same on SQLite and PostgreSQL. Everything else (FTS5 and tsquery operators, quotes, SQL) is a separator and
/// never reaches a query.
/// </summary>
internal static class SearchText
{
    /// <summary>Words beyond this many are ignored: a query of 10 KB costs what a query of 16 words costs.</summary>
    public const int MaxQueryWords = 16;

    /// <summary>Longer words are cut: no real word is longer, and the vocabulary's range scans stay short.</summary>
    public const int MaxWordLength = 64;

    /// <summary>Lower case without diacritics (<c>Café</c> is <c>cafe</c>), for keys compared by prefix.</summary>
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>The words of <paramref name="text"/>, folded, in order, at most <paramref name="max"/>, each at most <see cref="MaxWordLength"/> characters.</summary>
    public static List<string> Words(string text, int max)
    {
        var words = new List<string>();
        var folded = Fold(text);
        var start = -1;
        for (var i = 0; i <= folded.Length && words.Count < max; i++)
        {
            var inWord = i < folded.Length && IsWordCharacter(folded, i);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                var length = Math.Min(i - start, MaxWordLength);
                words.Add(folded.Substring(start, length));
                start = -1;
            }
        }

        return words;
    }

    /// <summary>The text with every run of non-word characters replaced by one space, folded: what PostgreSQL turns into a <c>tsvector</c>.</summary>
    public static string WordsOnly(string text) => string.Join(' ', Words(text, int.MaxValue));

    /// <summary>Splits an identifier into words: <c>Customer.emailAddress</c> is <c>Customer email Address</c>.</summary>
    public static string IdentifierWords(string identifier)
    {
        var builder = new StringBuilder(identifier.Length + 8);
        for (var i = 0; i < identifier.Length; i++)
        {
            var c = identifier[i];
            if (!char.IsLetterOrDigit(c))
            {
                if (builder.Length > 0 && builder[^1] != ' ')
                {
                    builder.Append(' ');
                }

                continue;
            }

            if (char.IsUpper(c) && i > 0 && char.IsLower(identifier[i - 1]) && builder.Length > 0 && builder[^1] != ' ')
            {
                builder.Append(' ');
            }

            builder.Append(c);
        }

        return builder.ToString().TrimEnd();
    }

    // Letters and digits are word characters; so is a surrogate pair's half (FTS5's unicode61 keeps astral letters).
    private static bool IsWordCharacter(string text, int index)
    {
        var c = text[index];
        return char.IsLetterOrDigit(c) || char.IsSurrogate(c) && char.IsLetterOrDigit(text, char.IsHighSurrogate(c) ? index : index - 1);
    }
}
