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
            return await ResultsAsync(null, null, facets, page, first, cancellationToken);
        }

        var typed = new List<QueryWord>(plan.Words.Count);
        foreach (var word in plan.Words)
        {
            typed.Add(new QueryWord(word, SearchPlan.MatchesAsPrefix(word), []));
        }

        var (typedFacets, typedPage) = TermIndexSearch.Run(snapshot, typed, all: true, plan.ExactKey, conditions, first, after);
        if (typedFacets.Total > 0)
        {
            return await ResultsAsync(null, RenderMatch(typed, all: true), typedFacets, typedPage, first, cancellationToken);
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
                return await ResultsAsync(null, RenderMatch(corrected, all: true), correctedFacets, correctedPage, first, cancellationToken);
            }
        }

        if (plan.Words.Count > 1)
        {
            var (anyFacets, anyPage) = TermIndexSearch.Run(snapshot, corrected, all: false, plan.ExactKey, conditions, first, after);
            return await ResultsAsync(null, RenderMatch(corrected, all: false), anyFacets, anyPage, first, cancellationToken);
        }

        return await ResultsAsync(null, null, correctedFacets, correctedPage, first, cancellationToken);
    }
}
