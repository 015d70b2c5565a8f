using System.Data.Common;
using System.Globalization;

namespace Gateway.Search.Embedded;

/// <summary>
/// Searches: the words as typed, all of them; when nothing matches, typos corrected; when still nothing, any of the
/// words. Each attempt counts every match with its facets in one statement (the matches materialised once), then
/// reads the page by score and URN after the cursor, then highlights the page's hits only.
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
        var browse = match is null;
        var source = browse ? "search_products p" : MatchSource;
        var where = browse ? $"1 = 1{conditions.Sql}" : $"{MatchCondition}{conditions.Sql}";
        var facets = new FacetCounts();
        await using (var statement = new Statement(connection, null, $"""
            WITH matches AS MATERIALIZED (SELECT p.id, p.domain, p.status, p.owner, p.classification FROM {source} WHERE {where})
            SELECT 'total', '', COUNT(*) FROM matches
            UNION ALL SELECT 'domain', domain, COUNT(*) FROM matches GROUP BY domain
            UNION ALL SELECT 'status', status, COUNT(*) FROM matches GROUP BY status
            UNION ALL SELECT 'owner', owner, COUNT(*) FROM matches WHERE owner IS NOT NULL GROUP BY owner
            UNION ALL SELECT 'classification', classification, COUNT(*) FROM matches GROUP BY classification
            UNION ALL SELECT 'tags', t.tag, COUNT(*) FROM matches JOIN search_product_tags t ON t.product_id = matches.id GROUP BY t.tag
            """))
        {
            statement.SetAll(conditions.Parameters);
            if (!browse)
            {
                statement.Set("@match", match);
            }

            await using var reader = await statement.ReadAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var count = Convert.ToInt64(reader.GetValue(2), CultureInfo.InvariantCulture);
                if (reader.GetString(0) == "total")
                {
                    facets.Total = count;
                }
                else
                {
                    facets.Add(reader.GetString(0), reader.GetString(1), count);
                }
            }
        }

        if (facets.Total == 0)
        {
            return new SearchResults(0, facets.ToFacets(), [], false);
        }

        var page = new List<(string Urn, long Id, double Score)>(first + 1);
        var keyset = after is null ? "" : "WHERE ranked.score < @after_score OR (ranked.score = @after_score AND ranked.urn > @after_urn)";
        await using (var statement = new Statement(connection, null, $"""
            SELECT ranked.urn, ranked.id, ranked.score FROM (
                SELECT p.urn AS urn, p.id AS id, {ScoreExpression(browse)} AS score FROM {source} WHERE {where}) ranked
            {keyset}
            ORDER BY ranked.score DESC, ranked.urn LIMIT @limit
            """))
        {
            statement.SetAll(conditions.Parameters).Set("@limit", (long)first + 1);
            if (!browse)
            {
                statement.Set("@match", match).Set("@exact", plan.ExactKey);
            }

            if (after is not null)
            {
                statement.Set("@after_score", after.Score).Set("@after_urn", after.Urn);
            }

            await using var reader = await statement.ReadAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                page.Add((reader.GetString(0), reader.GetInt64(1), reader.GetDouble(2)));
            }
        }

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

        var highlights = browse || ids.Length == 0 ? [] : await HighlightAsync(connection, match!, ids, cancellationToken);
        var hits = new SearchHit[page.Count];
        for (var i = 0; i < page.Count; i++)
        {
            var (urn, id, score) = page[i];
            hits[i] = new SearchHit(urn, score, new SearchCursor(score, urn).Encode(), highlights.TryGetValue(id, out var marked) ? marked : []);
        }

        return new SearchResults(facets.Total, facets.ToFacets(), hits, hasNextPage);
    }
}
