using System.Data.Common;
using System.Globalization;

namespace Gateway.Search.Embedded;

/// <summary>
/// Searches: the words as typed, all of them; when nothing matches, typos corrected; when still nothing, any of the
/// words. When the store keeps a term index in memory (<see cref="TermIndex"/>), each attempt is answered from it;
/// otherwise each attempt is one statement that materialises the matches with their scores once, counts them with
/// their facets and reads the page by score and URN after the cursor. Either way the page's hits alone are then
/// highlighted, by the store's full-text query.
/// </summary>
public abstract partial class EmbeddedSearchIndex
{
    // Text relevance times the product's boost (usage, quality, lifecycle), doubled for a name that is exactly the query.
    private string ScoreExpression(bool browse) => browse
        ? "p.boost"
        : $"{RelevanceExpression} * p.boost * (CASE WHEN p.name_key = @exact THEN 2.0 ELSE 1.0 END)";

    public async Task<SearchResults> SearchAsync(SearchQuery query, SearchViewer viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.First is < 1 or > MaxPageSize)
        {
            throw new ArgumentException($"A search page holds 1 to {MaxPageSize} hits; 'first' was {query.First}.", nameof(query));
        }

        var after = query.After is null ? null : SearchCursor.Decode(query.After);
        var conditions = SearchConditions.For(query, viewer);
        var plan = SearchPlan.Parse(query.Text ?? "");
        if (await CurrentTermIndexAsync(cancellationToken) is { } snapshot)
        {
            Interlocked.Increment(ref _searchesInMemory);
            return await SearchInMemoryAsync(snapshot, plan, conditions, query.First, after, cancellationToken);
        }

        await using var connection = await OpenConnectionAsync(cancellationToken);
        if (plan.IsBrowse)
        {
            return await RunAsync(connection, plan, null, conditions, query.First, after, cancellationToken);
        }

        var typed = new List<QueryWord>(plan.Words.Count);
        foreach (var word in plan.Words)
        {
            typed.Add(new QueryWord(word, SearchPlan.MatchesAsPrefix(word), []));
        }

        var results = await RunAsync(connection, plan, RenderMatch(typed, all: true), conditions, query.First, after, cancellationToken);
        if (results.TotalCount > 0)
        {
            return results;
        }

        var corrected = await plan.ResolveAsync(
            (word, prefix, token) => HasWordAsync(connection, word, prefix, token),
            async (word, token) => TypoCorrection.Choose(word, await CandidateWordsAsync(connection, word, token)),
            cancellationToken);
        var anyCorrection = false;
        foreach (var word in corrected)
        {
            anyCorrection |= word.Corrections.Count > 0;
        }

        if (anyCorrection)
        {
            results = await RunAsync(connection, plan, RenderMatch(corrected, all: true), conditions, query.First, after, cancellationToken);
            if (results.TotalCount > 0)
            {
                return results;
            }
        }

        return plan.Words.Count > 1
            ? await RunAsync(connection, plan, RenderMatch(corrected, all: false), conditions, query.First, after, cancellationToken)
            : results;
    }

    private async Task<SearchResults> RunAsync(
        DbConnection connection, SearchPlan plan, string? match, SearchConditions conditions, int first, SearchCursor? after,
        CancellationToken cancellationToken)
    {
        var page = new List<(string Urn, long Id, double Score)>(first + 1);
        var facets = await GroupMatchesAsync(connection, plan, match, conditions, first, after, page, cancellationToken);

        // A compound statement's rows come in its members' order on both stores, but the order is the page's meaning:
        // sorting again costs nothing on at most 101 rows and depends on no planner.
        page.Sort(static (x, y) => x.Score != y.Score ? y.Score.CompareTo(x.Score) : string.CompareOrdinal(x.Urn, y.Urn));
        return await ResultsAsync(
            facets, page, first, match is null ? null : (ids, token) => HighlightAsync(connection, match, ids, token), cancellationToken);
    }

    /// <summary>The results of a sorted page (one hit more than <paramref name="first"/> when there is a next page), its hits highlighted.</summary>
    private static async Task<SearchResults> ResultsAsync(
        FacetCounts facets, List<(string Urn, long Id, double Score)> page, int first,
        Func<IReadOnlyList<long>, CancellationToken, Task<Dictionary<long, IReadOnlyList<SearchHighlight>>>>? highlight,
        CancellationToken cancellationToken)
    {
        var hasNextPage = page.Count > first;
        if (hasNextPage)
        {
            page.RemoveAt(first);
        }

        var ids = new long[page.Count];
        for (var i = 0; i < page.Count; i++)
        {
            ids[i] = page[i].Id;
        }

        var highlights = highlight is null || ids.Length == 0 ? [] : await highlight(ids, cancellationToken);
        var hits = new SearchHit[page.Count];
        for (var i = 0; i < page.Count; i++)
        {
            var (urn, id, score) = page[i];
            hits[i] = new SearchHit(urn, score, new SearchCursor(score, urn).Encode(), highlights.TryGetValue(id, out var marked) ? marked : []);
        }

        return new SearchResults(facets.Total, facets.ToFacets(), hits, hasNextPage);
    }

    private string MatchesSql(bool browse, string columns, SearchConditions conditions) =>
        $"SELECT {columns}, {ScoreExpression(browse)} AS score FROM {(browse ? "search_products p" : MatchSource)} WHERE {(browse ? "1 = 1" : MatchCondition)}{conditions.Sql}";

    private static void SetParameters(Statement statement, SearchPlan plan, string? match, SearchConditions conditions, int first, SearchCursor? after)
    {
        statement.SetAll(conditions.Parameters).Set("@limit", (long)first + 1);
        if (match is not null)
        {
            statement.Set("@match", match).Set("@exact", plan.ExactKey);
        }

        if (after is not null)
        {
            statement.Set("@after_score", after.Score).Set("@after_urn", after.Urn);
        }
    }

    private static string Keyset(SearchCursor? after) =>
        after is null ? "" : "WHERE score < @after_score OR (score = @after_score AND urn > @after_urn)";

    /// <summary>The page, and the facets grouped in SQL from the matches' values.</summary>
    private async Task<FacetCounts> GroupMatchesAsync(
        DbConnection connection, SearchPlan plan, string? match, SearchConditions conditions, int first, SearchCursor? after,
        List<(string Urn, long Id, double Score)> page, CancellationToken cancellationToken)
    {
        // One statement, one evaluation of the full-text query: the matches with their scores are materialised once,
        // then counted (one grouping by the four single-valued facets together, one by set of tags: each grouping is a sort)
        // and the page read from them.
        var facets = new FacetCounts();
        await using var statement = new Statement(connection, null, $"""
            WITH matches AS MATERIALIZED ({MatchesSql(match is null, "p.id AS id, p.urn AS urn, p.domain AS domain, p.status AS status, p.owner AS owner, p.classification AS classification, p.tags AS tags", conditions)})
            SELECT 'facets', domain, status, owner, classification, COUNT(*), 0.0 FROM matches GROUP BY domain, status, owner, classification
            UNION ALL SELECT 'tags', tags, NULL, NULL, NULL, COUNT(*), 0.0 FROM matches WHERE tags <> '' GROUP BY tags
            UNION ALL SELECT * FROM (
                SELECT 'hit', urn, NULL, NULL, NULL, id, score FROM matches {Keyset(after)} ORDER BY score DESC, urn LIMIT @limit) page
            """);
        SetParameters(statement, plan, match, conditions, first, after);
        await using var reader = await statement.ReadAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var kind = reader.GetString(0);
            var number = Convert.ToInt64(reader.GetValue(5), CultureInfo.InvariantCulture);
            switch (kind)
            {
                case "hit":
                    page.Add((reader.GetString(1), number, reader.GetDouble(6)));
                    break;
                case "tags":
                    // Grouped by the whole set of tags (no join, no sort of one row per tag): each tag of the set adds.
                    foreach (var tag in reader.GetString(1).Split(IndexedProduct.TagSeparator))
                    {
                        facets.Add("tags", tag, number);
                    }

                    break;
                default:
                    // One row per combination of the four single-valued facets: each adds to its values and the total.
                    facets.Total += number;
                    facets.Add("domain", reader.GetString(1), number);
                    facets.Add("status", reader.GetString(2), number);
                    if (!reader.IsDBNull(3))
                    {
                        facets.Add("owner", reader.GetString(3), number);
                    }

                    facets.Add("classification", reader.GetString(4), number);
                    break;
            }
        }

        return facets;
    }
}
