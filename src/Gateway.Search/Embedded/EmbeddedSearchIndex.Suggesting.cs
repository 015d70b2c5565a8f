namespace Gateway.Search.Embedded;

/// <summary>
/// Completions of what is being typed: names of products the viewer may see (best boosted first), then the tags,
/// glossary terms and field names of public products (used by the most products first), each read as a short range of
/// an index by folded prefix.
/// </summary>
public abstract partial class EmbeddedSearchIndex
{
    /// <summary>A prefix longer than this is cut: no name or term is that long.</summary>
    private const int MaxPrefixLength = 200;

    public async Task<IReadOnlyList<SearchSuggestion>> SuggestAsync(string prefix, int max, SearchViewer viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        if (max is < 1 or > MaxPageSize)
        {
            throw new ArgumentException($"A completion list holds 1 to {MaxPageSize} entries; 'first' was {max}.", nameof(max));
        }

        var key = SearchText.Fold(IndexedProduct.Clean(prefix.Length > MaxPrefixLength ? prefix[..MaxPrefixLength] : prefix)).TrimStart();
        if (key.Length == 0)
        {
            return [];
        }

        var end = TypoCorrection.RangeEnd(key);
        var conditions = SearchConditions.For(new SearchQuery("", SearchFilter.None), viewer);
        await using var connection = await OpenConnectionAsync(cancellationToken);
        var products = new List<(SearchSuggestion Suggestion, double Boost)>();
        await using (var statement = new Statement(connection, null, $"""
            SELECT p.name, p.urn, p.boost FROM search_products p
            WHERE p.name_key >= @key AND p.name_key < @end{conditions.Sql}
            ORDER BY p.name_key LIMIT {SuggestionScan}
            """))
        {
            statement.SetAll(conditions.Parameters).Set("@key", key).Set("@end", end);
            await using var reader = await statement.ReadAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                products.Add((new SearchSuggestion(reader.GetString(0), "product", reader.GetString(1)), reader.GetDouble(2)));
            }
        }

        var words = new List<(SearchSuggestion Suggestion, long Documents)>();
        await using (var statement = new Statement(connection, null, $"""
            SELECT kind, text, documents FROM search_suggestions
            WHERE text_key >= @key AND text_key < @end AND documents > 0
            ORDER BY text_key LIMIT {SuggestionScan}
            """))
        {
            statement.Set("@key", key).Set("@end", end);
            await using var reader = await statement.ReadAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                words.Add((new SearchSuggestion(reader.GetString(1), reader.GetString(0), null), reader.GetInt64(2)));
            }
        }

        products.Sort(static (x, y) => x.Boost != y.Boost ? y.Boost.CompareTo(x.Boost) : string.CompareOrdinal(x.Suggestion.Text, y.Suggestion.Text));
        words.Sort(static (x, y) => x.Documents != y.Documents ? y.Documents.CompareTo(x.Documents) : string.CompareOrdinal(x.Suggestion.Text, y.Suggestion.Text));
        var suggestions = new List<SearchSuggestion>(max);
        for (var i = 0; i < products.Count && suggestions.Count < max; i++)
        {
            suggestions.Add(products[i].Suggestion);
        }

        for (var i = 0; i < words.Count && suggestions.Count < max; i++)
        {
            suggestions.Add(words[i].Suggestion);
        }

        return suggestions;
    }
}
