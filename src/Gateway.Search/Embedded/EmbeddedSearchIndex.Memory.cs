using System.Text;

namespace Gateway.Search.Embedded;

/// <summary>
/// Searches answered from the store's term index in memory, when it keeps one (SQLite): the same attempts as the SQL path
/// (every word; typos corrected; any word), the same scores, facets, order and pages, with the typo corrections and
/// word checks read from the snapshot's vocabulary. Only the page's highlights go to the database.
/// </summary>
public abstract partial class EmbeddedSearchIndex
{
    private long _searchesInMemory;

    /// <summary>How many searches the term index answered (the rest read SQL), for tests that must know which path ran.</summary>
    internal long SearchesInMemory => Interlocked.Read(ref _searchesInMemory);

    /// <summary>The term index's snapshot of the index's current state, or null to search in SQL (no term index, or not loaded yet).</summary>
    private protected virtual ValueTask<TermIndexSnapshot?> CurrentTermIndexAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult<TermIndexSnapshot?>(null);

    private async Task<SearchResults> SearchInMemoryAsync(
        TermIndexSnapshot snapshot, SearchPlan plan, SearchConditions conditions, int first, SearchCursor? after, CancellationToken cancellationToken)
    {
        if (plan.IsBrowse)
        {
            var (facets, page) = TermIndexSearch.Run(snapshot, null, all: true, plan.ExactKey, conditions, first, after);
            return await ResultsAsync(facets, page, first, null, cancellationToken);
        }

        var typed = new List<QueryWord>(plan.Words.Count);
        foreach (var word in plan.Words)
        {
            typed.Add(new QueryWord(word, SearchPlan.MatchesAsPrefix(word), []));
        }

        var (typedFacets, typedPage) = TermIndexSearch.Run(snapshot, typed, all: true, plan.ExactKey, conditions, first, after);
        if (typedFacets.Total > 0)
        {
            return await ResultsAsync(typedFacets, typedPage, first, (ids, token) => HighlightStoredTextAsync(typed, ids, token), cancellationToken);
        }

        var corrected = await plan.ResolveAsync(
            (word, prefix, _) => Task.FromResult(snapshot.Documents(SearchText.FoldLikeFts5(word), prefix, enough: 1) > 0),
            (word, _) => Task.FromResult(TypoCorrection.Choose(word, TermIndexSearch.CandidateWords(snapshot, word))),
            cancellationToken);
        var anyCorrection = false;
        foreach (var word in corrected)
        {
            anyCorrection |= word.Corrections.Count > 0;
        }

        var (correctedFacets, correctedPage) = (typedFacets, typedPage);
        if (anyCorrection)
        {
            (correctedFacets, correctedPage) = TermIndexSearch.Run(snapshot, corrected, all: true, plan.ExactKey, conditions, first, after);
            if (correctedFacets.Total > 0)
            {
                return await ResultsAsync(
                    correctedFacets, correctedPage, first, (ids, token) => HighlightStoredTextAsync(corrected, ids, token), cancellationToken);
            }
        }

        if (plan.Words.Count > 1)
        {
            var (anyFacets, anyPage) = TermIndexSearch.Run(snapshot, corrected, all: false, plan.ExactKey, conditions, first, after);
            return await ResultsAsync(anyFacets, anyPage, first, (ids, token) => HighlightStoredTextAsync(corrected, ids, token), cancellationToken);
        }

        return await ResultsAsync(correctedFacets, correctedPage, first, null, cancellationToken);
    }

    /// <summary>
    /// The highlights of the page's hits, marked in C# (<see cref="MatchHighlighter"/>) in their stored text, read by id:
    /// FTS5 would first merge the lists of every word a prefix stands for, which costs more than the search itself.
    /// </summary>
    private async Task<Dictionary<long, IReadOnlyList<SearchHighlight>>> HighlightStoredTextAsync(
        IReadOnlyList<QueryWord> words, IReadOnlyList<long> ids, CancellationToken cancellationToken)
    {
        var highlighter = new MatchHighlighter(words);
        var highlights = new Dictionary<long, IReadOnlyList<SearchHighlight>>(ids.Count);
        var list = new StringBuilder();
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var statement = new Statement(connection, null, "");
        for (var i = 0; i < ids.Count; i++)
        {
            list.Append(i == 0 ? "@h" : ", @h").Append(i);
            statement.Set($"@h{i}", ids[i]);
        }

        statement.Text = $"SELECT id, name, keywords, description, fields FROM search_documents WHERE id IN ({list})";
        await using var reader = await statement.ReadAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            highlights[reader.GetInt64(0)] = highlighter.Highlight(reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4));
        }

        return highlights;
    }
}
