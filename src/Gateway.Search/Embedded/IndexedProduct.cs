using System.Text;

namespace Gateway.Search.Embedded;

/// <summary>
/// A <see cref="SearchDocument"/> as the embedded indexes store it: its text in four weighted parts and the values
/// facets, filters, ranking and completions read.
/// </summary>
internal sealed class IndexedProduct
{
    /// <summary>Separates the fields of <see cref="Fields"/>: one line per field, its coordinate first.</summary>
    public const char FieldSeparator = '\n';

    /// <summary>Separates the tags of <see cref="TagList"/> (a control character, which <see cref="Clean"/> keeps out of tags).</summary>
    public const char TagSeparator = '\u001f';

    /// <summary>Separates the parts of a field's line after its coordinate.</summary>
    public const string PartSeparator = " · ";

    private IndexedProduct(SearchDocument document)
    {
        Document = document;
        Status = document.Status.ToLowerInvariant();
        Name = Clean(document.Name);
        NameKey = SearchText.Fold(Name);
        Tags = CleanAll(document.Tags);
        Keywords = KeywordsOf(Tags, document);
        Description = Clean(document.Description ?? "");
        Fields = FieldLines(document.Fields);
        Boost = RankingBoost.Of(document.Usage, document.Quality, Status);
        Suggestions = SuggestionsOf(document);
    }

    public SearchDocument Document { get; }

    public string Name { get; }

    public IReadOnlyList<string> Tags { get; }

    /// <summary>The tags joined by <see cref="TagSeparator"/>, each once: what the tags facet counts.</summary>
    public string TagList => string.Join(TagSeparator, new HashSet<string>(Tags, StringComparer.Ordinal));

    /// <summary>The lifecycle status in lower case (<c>draft</c>, <c>published</c>, <c>deprecated</c>, <c>retired</c>).</summary>
    public string Status { get; }

    public string NameKey { get; }

    /// <summary>Tags, glossary terms (the product's and its fields'), the domain, owner and team: weighted below the name, above the description.</summary>
    public string Keywords { get; }

    public string Description { get; }

    /// <summary>One line per contract field: <c>Type.field Type field · description · classification · terms</c>.</summary>
    public string Fields { get; }

    public double Boost { get; }

    /// <summary>The tags, glossary terms and field names completions offer, each once.</summary>
    public IReadOnlyList<Suggestion> Suggestions { get; }

    /// <summary>True for products everyone may see (published and deprecated): only their words feed completions.</summary>
    public bool IsPublic => IsPublicStatus(Status);

    public static bool IsPublicStatus(string status) => status is "published" or "deprecated";

    public static IndexedProduct From(SearchDocument document) => new(document);

    /// <summary>The suggestions stored with a product, one per line (<c>kind</c>, tab, text), to take them back out when it changes.</summary>
    public string SuggestionLines()
    {
        var builder = new StringBuilder();
        foreach (var suggestion in Suggestions)
        {
            builder.Append(suggestion.Kind).Append('\t').Append(suggestion.Text).Append('\n');
        }

        return builder.ToString();
    }

    public static IReadOnlyList<Suggestion> ParseSuggestionLines(string lines)
    {
        var suggestions = new List<Suggestion>();
        foreach (var line in lines.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab > 0)
            {
                var text = line[(tab + 1)..];
                suggestions.Add(new Suggestion(line[..tab], text, SearchText.Fold(text)));
            }
        }

        return suggestions;
    }

    private static string FieldLines(IReadOnlyList<SearchField> fields)
    {
        var builder = new StringBuilder();
        foreach (var field in fields)
        {
            if (builder.Length > 0)
            {
                builder.Append(FieldSeparator);
            }

            // The coordinate has no spaces (Type.field, or a dotted property path), so the line's first space ends it.
            builder.Append(Clean(field.Coordinate).Replace(' ', '_')).Append(' ').Append(Clean(SearchText.IdentifierWords(field.Coordinate)));
            foreach (var part in NotEmpty(field.Description, field.Classification, field.GlossaryTerms.Count == 0 ? null : string.Join(", ", field.GlossaryTerms)))
            {
                builder.Append(PartSeparator).Append(Clean(part));
            }
        }

        return builder.ToString();
    }

    private static string KeywordsOf(IReadOnlyList<string> tags, SearchDocument document)
    {
        var parts = new List<string>(tags.Count + document.GlossaryTerms.Count + 3);
        parts.AddRange(tags);
        parts.AddRange(document.GlossaryTerms);
        parts.AddRange(NotEmpty(document.Domain, document.Owner, document.Team));
        return Clean(string.Join(PartSeparator, parts));
    }

    private static List<string> CleanAll(IReadOnlyList<string> values)
    {
        var clean = new List<string>(values.Count);
        foreach (var value in values)
        {
            clean.Add(Clean(value));
        }

        return clean;
    }

    private static IEnumerable<string> NotEmpty(params string?[] values)
    {
        foreach (var value in values)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                yield return value;
            }
        }
    }

    /// <summary>
    /// The text without control characters: line breaks separate fields, two control characters mark matches, and
    /// PostgreSQL refuses NUL in text; none of them may come from the catalog's text.
    /// </summary>
    public static string Clean(string text)
    {
        var span = text.AsSpan();
        var i = 0;
        while (i < span.Length && !char.IsControl(span[i]))
        {
            i++;
        }

        if (i == span.Length)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(char.IsControl(c) ? ' ' : c);
        }

        return builder.ToString();
    }

    private static List<Suggestion> SuggestionsOf(SearchDocument document)
    {
        var seen = new HashSet<(string, string)>();
        var suggestions = new List<Suggestion>();
        void Add(string kind, string text)
        {
            var clean = Clean(text).Trim();
            var key = SearchText.Fold(clean);
            if (key.Length > 0 && key.Length <= 200 && seen.Add((kind, key)))
            {
                suggestions.Add(new Suggestion(kind, clean, key));
            }
        }

        foreach (var tag in document.Tags)
        {
            Add("tag", tag);
        }

        foreach (var term in document.GlossaryTerms)
        {
            Add("term", term);
        }

        foreach (var field in document.Fields)
        {
            Add("field", field.Name);
            foreach (var term in field.GlossaryTerms)
            {
                Add("term", term);
            }
        }

        return suggestions;
    }
}
