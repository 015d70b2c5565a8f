using System.Text.Json;

namespace Gateway.Search.Elasticsearch;

/// <summary>
/// Reads <c>_search</c> answers into <see cref="SearchResults"/> and <see cref="SearchSuggestion"/>s. Anything that is
/// not the shape the REST API documents fails with <see cref="ElasticsearchFailureKind.UnexpectedResponse"/> naming
/// what was missing, rather than as an empty page.
/// </summary>
internal static class SearchResponseReader
{
    /// <summary>Completion fields under <c>suggest</c>, named as <see cref="SearchSuggestion.Kind"/> names them; on equal scores, this order.</summary>
    public static readonly string[] SuggestionKinds = ["product", "field", "tag", "term"];

    private const string FieldHighlightPrefix = "field:";

    /// <summary>Tags and glossary terms highlight as one part, <c>keywords</c>, as in the embedded index.</summary>
    private const string KeywordsHighlight = "keywords";

    /// <summary>
    /// <c>{"hits":{"total":{"value":n,"relation":"eq"},"hits":[{"_id","_score","sort":[...],"highlight":{...},
    /// "inner_hits":{"fields":{"hits":{"hits":[{"fields":{"fields.coordinate":[...]},"highlight":{...}}]}}}}]},
    /// "aggregations":{"domain":{"buckets":[{"key","doc_count"}]}}}</c>.
    /// </summary>
    public static SearchResults Results(string request, JsonElement root, int first)
    {
        var hitsObject = Member(request, root, root, "hits"u8, JsonValueKind.Object, "\"hits\"");
        var total = Member(request, root, hitsObject, "total"u8, JsonValueKind.Object, "\"hits.total\" (send track_total_hits)");
        var totalCount = Member(request, root, total, "value"u8, JsonValueKind.Number, "\"hits.total.value\"").GetInt64();
        var hitArray = Member(request, root, hitsObject, "hits"u8, JsonValueKind.Array, "\"hits.hits\"");

        var hits = new List<SearchHit>(Math.Min(hitArray.GetArrayLength(), first));
        var returned = 0;
        foreach (var hit in hitArray.EnumerateArray())
        {
            if (returned++ == first)
            {
                break;
            }

            hits.Add(Hit(request, root, hit));
        }

        return new SearchResults(totalCount, Facets(request, root), hits, hitArray.GetArrayLength() > first);
    }

    /// <summary>
    /// <c>{"suggest":{"product":[{"text":"prefix","options":[{"text","_id","_score"}]}],"field":[...]}}</c>: product names
    /// first, then tags, terms and field names, each best first (scores come from the inputs' usage weights); a text
    /// suggested as two kinds appears once per kind. Only product suggestions lead to one product: a field name, tag or
    /// term may belong to many, and selecting it runs a search.
    /// </summary>
    public static List<SearchSuggestion> Suggestions(string request, JsonElement root, int max)
    {
        var suggest = Member(request, root, root, "suggest"u8, JsonValueKind.Object, "\"suggest\"");
        var ranked = new List<(double Score, int Kind, SearchSuggestion Suggestion)>();
        var seen = new HashSet<(string, string)>();
        for (var kind = 0; kind < SuggestionKinds.Length; kind++)
        {
            var name = SuggestionKinds[kind];
            if (!suggest.TryGetProperty(name, out var entries) || entries.ValueKind != JsonValueKind.Array)
            {
                throw ElasticsearchClient.Unexpected(request, root, $"a \"suggest.{name}\" array");
            }

            foreach (var entry in entries.EnumerateArray())
            {
                var options = Member(request, root, entry, "options"u8, JsonValueKind.Array, $"\"options\" in \"suggest.{name}\"");
                foreach (var option in options.EnumerateArray())
                {
                    var text = ElasticsearchClient.StringMember(option, "text"u8)
                        ?? throw ElasticsearchClient.Unexpected(request, root, $"a \"text\" in each option of \"suggest.{name}\"");
                    if (!seen.Add((name, text)))
                    {
                        continue;
                    }

                    var score = option.TryGetProperty("_score"u8, out var scoreElement) && scoreElement.ValueKind == JsonValueKind.Number ? scoreElement.GetDouble() : 0;
                    var urn = kind == 0 ? ElasticsearchClient.StringMember(option, "_id"u8) : null;
                    ranked.Add((score, kind, new SearchSuggestion(text, name, urn)));
                }
            }
        }

        ranked.Sort(static (a, b) =>
        {
            var productsFirst = (a.Kind == 0).CompareTo(b.Kind == 0);
            if (productsFirst != 0)
            {
                return -productsFirst;
            }

            var byScore = b.Score.CompareTo(a.Score);
            if (byScore != 0)
            {
                return byScore;
            }

            var byKind = a.Kind.CompareTo(b.Kind);
            return byKind != 0 ? byKind : string.CompareOrdinal(a.Suggestion.Text, b.Suggestion.Text);
        });

        var suggestions = new List<SearchSuggestion>(Math.Min(max, ranked.Count));
        for (var i = 0; i < ranked.Count && i < max; i++)
        {
            suggestions.Add(ranked[i].Suggestion);
        }

        return suggestions;
    }

    private static SearchHit Hit(string request, JsonElement root, JsonElement hit)
    {
        var urn = ElasticsearchClient.StringMember(hit, "_id"u8) ?? throw ElasticsearchClient.Unexpected(request, root, "an \"_id\" in each hit");
        var score = hit.TryGetProperty("_score"u8, out var scoreElement) && scoreElement.ValueKind == JsonValueKind.Number ? scoreElement.GetDouble() : 0;
        var sort = Member(request, root, hit, "sort"u8, JsonValueKind.Array, "a \"sort\" array in each hit (the request sorts by _score and urn)");
        var highlights = new List<SearchHighlight>();
        if (hit.TryGetProperty("highlight"u8, out var highlight))
        {
            AddHighlights(highlights, highlight, fieldCoordinate: null);
        }

        if (hit.TryGetProperty("inner_hits"u8, out var innerHits)
            && innerHits.TryGetProperty("fields"u8, out var fields)
            && fields.TryGetProperty("hits"u8, out var fieldHits)
            && fieldHits.TryGetProperty("hits"u8, out var fieldHitArray)
            && fieldHitArray.ValueKind == JsonValueKind.Array)
        {
            foreach (var fieldHit in fieldHitArray.EnumerateArray())
            {
                if (fieldHit.TryGetProperty("highlight"u8, out var fieldHighlight))
                {
                    AddHighlights(highlights, fieldHighlight, Coordinate(request, root, fieldHit));
                }
            }
        }

        return new SearchHit(urn, score, SearchCursor.Encode(sort), highlights);
    }

    /// <summary>The field's coordinate from the inner hit's doc values: <c>"fields":{"fields.coordinate":["User.email"]}</c>.</summary>
    private static string Coordinate(string request, JsonElement root, JsonElement fieldHit)
    {
        if (fieldHit.TryGetProperty("fields"u8, out var values)
            && values.TryGetProperty("fields.coordinate"u8, out var coordinates)
            && coordinates.ValueKind == JsonValueKind.Array
            && coordinates.GetArrayLength() > 0
            && coordinates[0].ValueKind == JsonValueKind.String)
        {
            return coordinates[0].GetString()!;
        }

        throw ElasticsearchClient.Unexpected(request, root, "\"fields.coordinate\" doc values in each inner hit of \"fields\"");
    }

    /// <summary>Elasticsearch names highlights by indexed field (<c>description</c>, <c>fields.name</c>...); ours by what matched.</summary>
    private static void AddHighlights(List<SearchHighlight> highlights, JsonElement highlight, string? fieldCoordinate)
    {
        if (highlight.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var property in highlight.EnumerateObject())
        {
            if (property.Value.ValueKind != JsonValueKind.Array)
            {
                continue;
            }

            var field = fieldCoordinate is not null ? FieldHighlightPrefix + fieldCoordinate
                : property.Name is "tags" or "glossary" ? KeywordsHighlight
                : property.Name;
            foreach (var fragment in property.Value.EnumerateArray())
            {
                if (fragment.ValueKind == JsonValueKind.String)
                {
                    highlights.Add(new SearchHighlight(field, fragment.GetString()!));
                }
            }
        }
    }

    private static List<SearchFacet> Facets(string request, JsonElement root)
    {
        var aggregations = Member(request, root, root, "aggregations"u8, JsonValueKind.Object, "\"aggregations\"");
        var facets = new List<SearchFacet>(SearchRequestWriter.Facets.Length);
        foreach (var (facet, _) in SearchRequestWriter.Facets)
        {
            if (!aggregations.TryGetProperty(facet, out var aggregation)
                || !aggregation.TryGetProperty("buckets"u8, out var buckets)
                || buckets.ValueKind != JsonValueKind.Array)
            {
                throw ElasticsearchClient.Unexpected(request, root, $"\"aggregations.{facet}.buckets\"");
            }

            var values = new List<SearchFacetValue>(buckets.GetArrayLength());
            foreach (var bucket in buckets.EnumerateArray())
            {
                if (!bucket.TryGetProperty("key"u8, out var key)
                    || !bucket.TryGetProperty("doc_count"u8, out var count)
                    || !count.TryGetInt64(out var docCount))
                {
                    throw ElasticsearchClient.Unexpected(request, root, $"a \"key\" and \"doc_count\" in each bucket of \"aggregations.{facet}\"");
                }

                values.Add(new SearchFacetValue(key.ValueKind == JsonValueKind.String ? key.GetString()! : key.GetRawText(), docCount));
            }

            facets.Add(new SearchFacet(facet, values));
        }

        return facets;
    }

    private static JsonElement Member(string request, JsonElement root, JsonElement parent, ReadOnlySpan<byte> name, JsonValueKind kind, string expected)
    {
        if (parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var value) && value.ValueKind == kind)
        {
            return value;
        }

        throw ElasticsearchClient.Unexpected(request, root, expected);
    }
}
