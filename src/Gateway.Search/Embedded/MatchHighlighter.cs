using System.Text;

namespace Gateway.Search.Embedded;

/// <summary>
/// The marks FTS5's <c>highlight()</c> and <c>snippet()</c> put in a hit's text (SQLite FTS5 sections 5.1.2 and 5.1.3),
/// made in C# from the stored text, for searches the term index answers: the same words of the text are matches (each
/// query phrase is one word: the word as FTS5 folds it, as a prefix or not, and its corrections), and the text comes out
/// the same, so a page reads alike from either path. Every phrase is a single token, so FTS5's coalesced phrase
/// instances are the matched tokens themselves.
/// </summary>
internal sealed class MatchHighlighter
{
    /// <summary>Tokens in a description's snippet, as the SQL path asks FTS5 for.</summary>
    public const int SnippetTokens = 24;

    /// <summary>What marks a snippet that starts after the text's start or ends before its end.</summary>
    public const string Ellipsis = "…";

    private readonly List<(string Term, bool Prefix)> _phrases = [];
    private readonly List<(int Start, int End, ulong Phrases)> _tokens = [];
    private readonly List<int> _matched = [];
    private readonly List<(int Position, int Phrase)> _instances = [];
    private readonly List<int> _sentences = [];

    public MatchHighlighter(IReadOnlyList<QueryWord> words)
    {
        foreach (var word in words)
        {
            _phrases.Add((SearchText.FoldLikeFts5(word.Word), word.Prefix));
            foreach (var correction in word.Corrections)
            {
                _phrases.Add((correction, false));
            }
        }
    }

    /// <summary>The highlights of a hit's four parts, as <see cref="HitHighlights.Collect"/> makes them from FTS5's output.</summary>
    public IReadOnlyList<SearchHighlight> Highlight(string name, string keywords, string description, string fields) =>
        HitHighlights.Collect(Whole(name), Whole(keywords), Snippet(description), Whole(fields));

    /// <summary><c>highlight()</c>: the whole text, each matched token marked; null when no token matches.</summary>
    private string? Whole(string text)
    {
        if (!Read(text))
        {
            return null;
        }

        var marked = new StringBuilder(text.Length + 8 * _matched.Count);
        Mark(text, marked, 0, 0, -1);
        return marked.ToString();
    }

    /// <summary>
    /// <c>snippet(…, 24 tokens)</c>: the window of the text with the most distinct phrases (1000 for each phrase's first
    /// instance, 1 for others), centred on them, or starting at the start of a sentence that holds them (a bonus of 100,
    /// 120 for the text's first), ellipses where the text goes on; null when no token matches.
    /// </summary>
    private string? Snippet(string text)
    {
        if (!Read(text))
        {
            return null;
        }

        var size = _tokens.Count;
        _instances.Clear();
        for (var position = 0; position < size; position++)
        {
            var phrases = _tokens[position].Phrases;
            for (var phrase = 0; phrases != 0; phrase++, phrases >>= 1)
            {
                if ((phrases & 1) != 0)
                {
                    _instances.Add((position, phrase));
                }
            }
        }

        FindSentences(text);
        var bestScore = 0;
        var bestStart = 0;
        foreach (var (position, _) in _instances)
        {
            var (score, adjusted) = ScoreWindow(position, size);
            if (score > bestScore)
            {
                bestScore = score;
                bestStart = adjusted;
            }

            if (_sentences.Count > 0 && size > SnippetTokens)
            {
                var sentence = 0;
                while (sentence < _sentences.Count - 1 && _sentences[sentence + 1] <= position)
                {
                    sentence++;
                }

                if (_sentences[sentence] < position)
                {
                    var (sentenceScore, _) = ScoreWindow(_sentences[sentence], size);
                    sentenceScore += _sentences[sentence] == 0 ? 120 : 100;
                    if (sentenceScore > bestScore)
                    {
                        bestScore = sentenceScore;
                        bestStart = _sentences[sentence];
                    }
                }
            }
        }

        var marked = new StringBuilder(SnippetTokens * 12);
        if (bestStart > 0)
        {
            marked.Append(Ellipsis);
        }

        var end = bestStart + SnippetTokens - 1;
        var offset = Mark(text, marked, bestStart, bestStart, end);
        if (end >= size - 1)
        {
            marked.Append(text, offset, text.Length - offset);
        }
        else
        {
            marked.Append(Ellipsis);
        }

        return marked.ToString();
    }

    // The score of the window of tokens [start, start + 24) and where a snippet centred on its instances starts.
    private (int Score, int Start) ScoreWindow(int start, int size)
    {
        ulong seen = 0;
        var score = 0;
        var first = -1;
        var last = 0;
        var end = (long)start + SnippetTokens;
        foreach (var (position, phrase) in _instances)
        {
            if (position >= start && position < end)
            {
                var bit = 1UL << phrase;
                score += (seen & bit) != 0 ? 1 : 1000;
                seen |= bit;
                if (first < 0)
                {
                    first = position;
                }

                last = position + 1;
            }
        }

        long adjusted = first - (SnippetTokens - (last - first)) / 2;
        if (adjusted + SnippetTokens > size)
        {
            adjusted = size - SnippetTokens;
        }

        return (score, (int)Math.Max(0, adjusted));
    }

    // Tokens that start a sentence: the first, and each after a '.' or ':' and white space.
    private void FindSentences(string text)
    {
        _sentences.Clear();
        for (var position = 0; position < _tokens.Count; position++)
        {
            if (position == 0)
            {
                _sentences.Add(0);
                continue;
            }

            var start = _tokens[position].Start;
            var i = start - 1;
            var c = '\0';
            for (; i >= 0; i--)
            {
                c = text[i];
                if (c is not (' ' or '\t' or '\n' or '\r'))
                {
                    break;
                }
            }

            if (i != start - 1 && c is '.' or ':')
            {
                _sentences.Add(position);
            }
        }
    }

    /// <summary>
    /// Appends the text of tokens <paramref name="from"/> to <paramref name="to"/> (to the end when negative), matched
    /// tokens marked, as FTS5's highlighter walks them: text before the range is left out when the range starts after
    /// the first token; returns how far the text was copied.
    /// </summary>
    private int Mark(string text, StringBuilder marked, int firstMatchAtOrAfter, int from, int to)
    {
        var next = 0;
        while (next < _matched.Count && _matched[next] < firstMatchAtOrAfter)
        {
            next++;
        }

        var match = next < _matched.Count ? _matched[next] : -1;
        var copied = 0;
        var open = false;
        for (var position = 0; position < _tokens.Count; position++)
        {
            var (start, end, _) = _tokens[position];
            if (to >= 0)
            {
                if (position < from || position > to)
                {
                    continue;
                }

                if (from > 0 && position == from)
                {
                    copied = start;
                }
            }

            if (open && (position <= match || match < 0) && start > copied)
            {
                marked.Append(HighlightMarkers.Close);
                open = false;
            }

            if (position == match && !open)
            {
                marked.Append(text, copied, start - copied).Append(HighlightMarkers.Open);
                copied = start;
                open = true;
            }

            if (position == match)
            {
                marked.Append(text, copied, end - copied);
                copied = end;
                next++;
                match = next < _matched.Count ? _matched[next] : -1;
            }

            if (position == to)
            {
                if (open)
                {
                    if (match >= 0 && position >= match)
                    {
                        marked.Append(text, copied, end - copied);
                        copied = end;
                    }

                    marked.Append(HighlightMarkers.Close);
                    open = false;
                }

                marked.Append(text, copied, end - copied);
                copied = end;
            }
        }

        if (open)
        {
            marked.Append(HighlightMarkers.Close);
        }

        if (to < 0)
        {
            marked.Append(text, copied, text.Length - copied);
            copied = text.Length;
        }

        return copied;
    }

    // The text's tokens with the phrases each matches; true when any matches.
    private bool Read(string text)
    {
        _tokens.Clear();
        _matched.Clear();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && (char.IsAscii(text[i])
                ? char.IsAsciiLetterOrDigit(text[i])
                : SearchText.IsTokenCharacter(text, i) || start >= 0 && SearchText.IsCombiningMark(text[i])))
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

            var phrases = Matches(text.AsSpan(start, i - start));
            if (phrases != 0)
            {
                _matched.Add(_tokens.Count);
            }

            _tokens.Add((start, i, phrases));
            start = -1;
        }

        return _matched.Count > 0;
    }

    private ulong Matches(ReadOnlySpan<char> token)
    {
        string? folded = null;
        var ascii = System.Text.Ascii.IsValid(token);
        ulong phrases = 0;
        for (var i = 0; i < _phrases.Count; i++)
        {
            var (term, prefix) = _phrases[i];
            bool matches;
            if (ascii)
            {
                matches = (prefix ? token.Length >= term.Length : token.Length == term.Length)
                    && System.Text.Ascii.EqualsIgnoreCase(token[..term.Length], term);
            }
            else
            {
                folded ??= SearchText.FoldLikeFts5(token.ToString());
                matches = prefix ? folded.StartsWith(term, StringComparison.Ordinal) : string.Equals(folded, term, StringComparison.Ordinal);
            }

            if (matches)
            {
                phrases |= 1UL << i;
            }
        }

        return phrases;
    }
}
