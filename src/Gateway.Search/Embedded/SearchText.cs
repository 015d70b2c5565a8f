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

    // Where Tokens lower-cases an ASCII word (the sink reads it before the next one is written there).
    [ThreadStatic]
    private static char[]? t_lowerCase;

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

    /// <summary>
    /// The text as FTS5's <c>unicode61</c> tokenizer folds it with <c>remove_diacritics 2</c>: lower case, combining marks
    /// dropped, and each Latin letter with diacritics (U+00C0 to U+024F, U+1E00 to U+1EFF) its base letter. The gateway
    /// runs with invariant globalization (no Unicode normalisation), so <see cref="Fold"/> keeps precomposed letters;
    /// the term index reads words as FTS5 does, so it folds them here from a table (<see cref="LatinBases"/>).
    /// </summary>
    public static string FoldLikeFts5(string text)
    {
        var i = 0;
        while (i < text.Length && char.IsAscii(text[i]) && !char.IsAsciiLetterUpper(text[i]))
        {
            i++;
        }

        if (i == text.Length)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        builder.Append(text, 0, i);
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            c = char.ToLowerInvariant(c);
            var folded = c switch
            {
                >= '\u00c0' and <= '\u024f' => LatinBases[c - '\u00c0'],
                >= '\u1e00' and <= '\u1eff' => LatinExtendedAdditionalBases[c - '\u1e00'],
                _ => '.',
            };
            builder.Append(folded == '.' ? c : folded);
        }

        return builder.ToString();
    }

    // The base letter of each letter of U+00C0 to U+024F whose canonical decomposition (UnicodeData.txt) is an ASCII letter
    // and combining marks, '.' for the others: what FTS5's remove_diacritics folds in that range.
    private const string LatinBases =
        "aaaaaa.ceeeeiiii.nooooo..uuuuy..aaaaaa.ceeeeiiii.nooooo..uuuuy.yaaaaaaccccccccdd..eeeeeeeeeegggggggg"
        + "hh..iiiiiiiii...jjkk.llllll....nnnnnn...oooooo..rrrrrrsssssssstttt..uuuuuuuuuuuuwwyyyzzzzzz........."
        + "........................oo.............uu............................aaiioouuuuuuuuuu.aaaa....ggkkoo"
        + "oo..j...gg..nnaa....aaaaeeeeiiiioooorrrruuuusstt..hh......aaeeooooooooyy............................";

    // The same for U+1E00 to U+1EFF (Latin Extended Additional).
    private const string LatinExtendedAdditionalBases =
        "aabbbbbbccddddddddddeeeeeeeeeeffgghhhhhhhhhhiiiikkkkkkllllllllmmmmmmnnnnnnnnoooooooopppprrrrrrrrssss"
        + "ssssssttttttttuuuuuuuuuuvvvvwwwwwwwwwwxxxxyyzzzzzzhtwy......aaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeeeeeeeee"
        + "iiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy......";

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

    /// <summary>
    /// Calls <paramref name="token"/> with each word of a stored text, folded, as FTS5's <c>unicode61</c> tokenizer cuts
    /// it (its default token characters: the Unicode categories L*, N* and Co), uncut in length; returns how many there
    /// were, which is the text's length in bm25's sense. ASCII text (the usual case) is read without a copy.
    /// </summary>
    public static int Tokens(string text, ITokenSink sink)
    {
        var ascii = System.Text.Ascii.IsValid(text);
        var folded = ascii ? text : FoldLikeFts5(text);
        var lower = t_lowerCase ??= new char[MaxWordLength * 2];
        var count = 0;
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var inToken = i < folded.Length && (ascii ? char.IsAsciiLetterOrDigit(folded[i]) : IsTokenCharacter(folded, i));
            if (inToken)
            {
                if (start < 0)
                {
                    start = i;
                }

                continue;
            }

            if (start < 0)
            {
                continue;
            }

            var word = folded.AsSpan(start, i - start);
            if (ascii)
            {
                if (word.Length > lower.Length)
                {
                    lower = t_lowerCase = new char[word.Length];
                }

                System.Text.Ascii.ToLower(word, lower, out _);
                word = lower.AsSpan(0, word.Length);
            }

            sink.Add(word);
            count++;
            start = -1;
        }

        return count;
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

    // FTS5 unicode61's token characters by default (SQLite FTS5 section 4.3.1): letters, numbers and private use; a
    // surrogate pair's halves are read as the pair.
    public static bool IsTokenCharacter(string text, int index)
    {
        var c = text[index];
        var category = char.IsSurrogate(c)
            ? CharUnicodeInfo.GetUnicodeCategory(text, char.IsHighSurrogate(c) ? index : Math.Max(0, index - 1))
            : CharUnicodeInfo.GetUnicodeCategory(c);
        return category is <= UnicodeCategory.OtherLetter or (>= UnicodeCategory.DecimalDigitNumber and <= UnicodeCategory.OtherNumber)
            or UnicodeCategory.PrivateUse;
    }

    /// <summary>A combining mark: FTS5 reads one inside a token as part of it (and drops it when removing diacritics).</summary>
    public static bool IsCombiningMark(char c) => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;

    // Letters and digits are word characters; so is a surrogate pair's half (FTS5's unicode61 keeps astral letters).
    private static bool IsWordCharacter(string text, int index)
    {
        var c = text[index];
        return char.IsLetterOrDigit(c) || char.IsSurrogate(c) && char.IsLetterOrDigit(text, char.IsHighSurrogate(c) ? index : index - 1);
    }
}
