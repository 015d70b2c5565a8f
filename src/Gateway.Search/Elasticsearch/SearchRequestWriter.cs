using System.Buffers;
using System.Text.Json;
using Gateway.Catalog.Model;

namespace Gateway.Search.Elasticsearch;

/// <summary>
/// Builds <c>_search</c> bodies in Elasticsearch 8 query DSL: a <c>function_score</c> around a <c>bool</c> query whose
/// <c>should</c> clauses match the words (a fuzzy <c>multi_match</c> over the product, the name's edge n-grams for
/// words typed halfway, an exact name, a <c>nested</c> query over the contract's fields) and whose <c>filter</c>
/// clauses hold the facets the searcher picked and what they may see.
/// </summary>
internal static class SearchRequestWriter
{
    /// <summary>Values per facet, the most frequent (a terms aggregation orders by count, then value).</summary>
    public const int FacetSize = 25;

    /// <summary>Fields per product whose highlights come back, the best matching.</summary>
    public const int FieldHighlights = 5;

    /// <summary>Facet names as <see cref="SearchFacet.Field"/> gives them, and the keyword field each aggregates.</summary>
    public static readonly (string Facet, string Field)[] Facets =
    [
        ("domain", "domain"),
        ("status", "status"),
        ("owner", "owner"),
        ("classification", "classification"),
        ("tags", "tags.keyword"),
    ];

    /// <summary>Product fields and boosts: a match in the name counts most, then tags and glossary terms, then the description.</summary>
    private static readonly string[] ProductFields =
        ["name^4", "tags^3", "glossary^3", "description^2", "description.stemmed", "domain.text", "owner.text", "team.text"];

    private static readonly string[] PreTags = ["<em>"];
    private static readonly string[] PostTags = ["</em>"];
    private static readonly string[] FieldDocValues = ["fields.coordinate"];
    private static readonly string DeprecatedStatus = Lifecycle.Name(LifecycleStatus.Deprecated);
    private static readonly string RetiredStatus = Lifecycle.Name(LifecycleStatus.Retired);

    private static readonly string[] ContractFields =
        ["fields.name^2", "fields.coordinate.text^2", "fields.glossary^2", "fields.description", "fields.description.stemmed"];

    public static ReadOnlyMemory<byte> Search(SearchQuery query, SearchViewer viewer)
    {
        var buffer = new ArrayBufferWriter<byte>(2048);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            var text = query.Text.Trim();
            writer.WriteStartObject();
            writer.WriteNumber("size"u8, query.First + 1);
            writer.WriteBoolean("track_total_hits"u8, true);
            writer.WriteBoolean("_source"u8, false);
            writer.WriteStartObject("query"u8);
            WriteRankedQuery(writer, text, query, viewer);
            writer.WriteEndObject();
            WriteSort(writer);
            if (query.After is { } after)
            {
                writer.WritePropertyName("search_after"u8);
                writer.WriteRawValue(SearchCursor.Decode(after), skipInputValidation: true);
            }

            if (text.Length > 0)
            {
                WriteHighlight(writer);
            }

            WriteAggregations(writer);
            writer.WriteEndObject();
        }

        return buffer.WrittenMemory;
    }

    /// <summary>
    /// One search with a completion suggester per kind (product names, field names, tags, glossary terms), each limited
    /// by the <c>visibility</c> category context to what the viewer may see. Retired products are never suggested.
    /// </summary>
    public static ReadOnlyMemory<byte> Suggest(string prefix, int max, SearchViewer viewer)
    {
        var visibility = ProductVisibility.OfViewer(viewer, includeRetired: false);
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("size"u8, 0);
            writer.WriteBoolean("_source"u8, false);
            writer.WriteStartObject("suggest"u8);
            foreach (var kind in SearchResponseReader.SuggestionKinds)
            {
                writer.WriteStartObject(kind);
                writer.WriteString("prefix"u8, prefix);
                writer.WriteStartObject("completion"u8);
                writer.WriteString("field"u8, "suggest." + kind);
                writer.WriteNumber("size"u8, max);
                writer.WriteBoolean("skip_duplicates"u8, true);
                writer.WriteStartObject("contexts"u8);
                writer.WriteStringArray("visibility"u8, visibility);
                writer.WriteEndObject();
                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return buffer.WrittenMemory;
    }

    /// <summary>
    /// Relevance times usage, quality and lifecycle (function_score, <c>score_mode</c> and <c>boost_mode</c> multiply):
    /// <c>log10(usage + 2)</c> so unused products keep a score and popular ones rise slowly, <c>ln(quality + 2)</c> for a
    /// quality share between 0 and 1 (0.69 to 1.10; unmeasured counts as 0.8, middling), deprecated products times 0.4
    /// (still found by their consumers planning a move) and retired ones, when asked for, times 0.1: the lifecycle
    /// weights of the embedded index.
    /// </summary>
    private static void WriteRankedQuery(Utf8JsonWriter writer, string text, SearchQuery query, SearchViewer viewer)
    {
        writer.WriteStartObject("function_score"u8);
        writer.WriteStartObject("query"u8);
        writer.WriteStartObject("bool"u8);
        if (text.Length == 0)
        {
            // No words: browse everything visible, most used first.
            writer.WriteStartArray("must"u8);
            writer.WriteStartObject();
            writer.WriteStartObject("match_all"u8);
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteEndArray();
        }
        else
        {
            WriteTextClauses(writer, text);
        }

        WriteFilters(writer, query, viewer);
        writer.WriteEndObject();
        writer.WriteEndObject();

        writer.WriteStartArray("functions"u8);
        WriteFieldValueFactor(writer, "usage", "log2p", 0);
        WriteFieldValueFactor(writer, "quality", "ln2p", 0.8);
        WriteStatusWeight(writer, DeprecatedStatus, 0.4);
        if (query.IncludeRetired)
        {
            WriteStatusWeight(writer, RetiredStatus, 0.1);
        }

        writer.WriteEndArray();
        writer.WriteString("score_mode"u8, "multiply"u8);
        writer.WriteString("boost_mode"u8, "multiply"u8);
        writer.WriteEndObject();
    }

    private static void WriteTextClauses(Utf8JsonWriter writer, string text)
    {
        writer.WriteStartArray("should"u8);

        // Typos tolerated: fuzziness AUTO allows one edit in words of 3 to 5 characters and two beyond; the first letter must match.
        writer.WriteStartObject();
        WriteMultiMatch(writer, text, ProductFields, tieBreaker: true);
        writer.WriteEndObject();

        // Search as you type: every word a prefix of a word of the name (the name.prefix edge n-grams).
        writer.WriteStartObject();
        writer.WriteStartObject("match"u8);
        writer.WriteStartObject("name.prefix"u8);
        writer.WriteString("query"u8, text);
        writer.WriteString("operator"u8, "and"u8);
        writer.WriteNumber("boost"u8, 2);
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndObject();

        // The exact name first: what users of catalogs ask for most (data-catalogs.md, section 4).
        writer.WriteStartObject();
        writer.WriteStartObject("term"u8);
        writer.WriteStartObject("name.keyword"u8);
        writer.WriteString("value"u8, text);
        writer.WriteNumber("boost"u8, 10);
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndObject();

        writer.WriteStartObject();
        writer.WriteStartObject("nested"u8);
        writer.WriteString("path"u8, "fields"u8);
        writer.WriteString("score_mode"u8, "max"u8);
        writer.WriteStartObject("query"u8);
        WriteMultiMatch(writer, text, ContractFields, tieBreaker: false);
        writer.WriteEndObject();
        WriteFieldInnerHits(writer);
        writer.WriteEndObject();
        writer.WriteEndObject();

        writer.WriteEndArray();
        writer.WriteNumber("minimum_should_match"u8, 1);
    }

    private static void WriteMultiMatch(Utf8JsonWriter writer, string text, string[] fields, bool tieBreaker)
    {
        writer.WriteStartObject("multi_match"u8);
        writer.WriteString("query"u8, text);
        writer.WriteString("type"u8, "best_fields"u8);
        writer.WriteStringArray("fields"u8, fields);
        writer.WriteString("fuzziness"u8, "AUTO"u8);
        writer.WriteNumber("prefix_length"u8, 1);
        if (tieBreaker)
        {
            writer.WriteNumber("tie_breaker"u8, 0.3);
        }

        writer.WriteEndObject();
    }

    /// <summary>The best matching fields of each product, their coordinate read from doc values, with highlights.</summary>
    private static void WriteFieldInnerHits(Utf8JsonWriter writer)
    {
        writer.WriteStartObject("inner_hits"u8);
        writer.WriteString("name"u8, "fields"u8);
        writer.WriteNumber("size"u8, FieldHighlights);
        writer.WriteBoolean("_source"u8, false);
        writer.WriteStringArray("docvalue_fields"u8, FieldDocValues);
        writer.WriteStartObject("highlight"u8);
        WriteHighlightTags(writer);
        writer.WriteStartObject("fields"u8);
        WriteHighlightField(writer, "fields.name", wholeValue: true);
        WriteHighlightField(writer, "fields.coordinate.text", wholeValue: true);
        WriteHighlightField(writer, "fields.description", wholeValue: false);
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteFilters(Utf8JsonWriter writer, SearchQuery query, SearchViewer viewer)
    {
        writer.WriteStartArray("filter"u8);
        WriteTerms(writer, "visibility", ProductVisibility.OfViewer(viewer, query.IncludeRetired));
        var filter = query.Filter;
        WriteTermsWhenAny(writer, "domain", filter.Domains);
        WriteTermsWhenAny(writer, "status", filter.Statuses);
        WriteTermsWhenAny(writer, "owner", filter.Owners);
        WriteTermsWhenAny(writer, "tags.keyword", filter.Tags);
        WriteTermsWhenAny(writer, "classification", filter.Classifications);
        writer.WriteEndArray();
    }

    private static void WriteSort(Utf8JsonWriter writer)
    {
        writer.WriteStartArray("sort"u8);
        writer.WriteStartObject();
        writer.WriteString("_score"u8, "desc"u8);
        writer.WriteEndObject();
        writer.WriteStartObject();
        writer.WriteString("urn"u8, "asc"u8);
        writer.WriteEndObject();
        writer.WriteEndArray();
    }

    /// <summary>Matches wrapped in <c>&lt;em&gt;</c>; the html encoder escapes the rest so fragments are safe to render.</summary>
    private static void WriteHighlight(Utf8JsonWriter writer)
    {
        writer.WriteStartObject("highlight"u8);
        WriteHighlightTags(writer);
        writer.WriteStartObject("fields"u8);
        WriteHighlightField(writer, "name", wholeValue: true);
        WriteHighlightField(writer, "description", wholeValue: false);
        WriteHighlightField(writer, "tags", wholeValue: true);
        WriteHighlightField(writer, "glossary", wholeValue: true);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteHighlightTags(Utf8JsonWriter writer)
    {
        writer.WriteStringArray("pre_tags"u8, PreTags);
        writer.WriteStringArray("post_tags"u8, PostTags);
        writer.WriteString("encoder"u8, "html"u8);
    }

    /// <summary>Short values come back whole (<c>number_of_fragments: 0</c>); descriptions as up to two 150-character fragments.</summary>
    private static void WriteHighlightField(Utf8JsonWriter writer, string field, bool wholeValue)
    {
        writer.WriteStartObject(field);
        if (wholeValue)
        {
            writer.WriteNumber("number_of_fragments"u8, 0);
        }
        else
        {
            writer.WriteNumber("fragment_size"u8, 150);
            writer.WriteNumber("number_of_fragments"u8, 2);
        }

        writer.WriteEndObject();
    }

    private static void WriteAggregations(Utf8JsonWriter writer)
    {
        writer.WriteStartObject("aggs"u8);
        foreach (var (facet, field) in Facets)
        {
            writer.WriteStartObject(facet);
            writer.WriteStartObject("terms"u8);
            writer.WriteString("field"u8, field);
            writer.WriteNumber("size"u8, FacetSize);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static void WriteFieldValueFactor(Utf8JsonWriter writer, string field, string modifier, double missing)
    {
        writer.WriteStartObject();
        writer.WriteStartObject("field_value_factor"u8);
        writer.WriteString("field"u8, field);
        writer.WriteString("modifier"u8, modifier);
        writer.WriteNumber("missing"u8, missing);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteStatusWeight(Utf8JsonWriter writer, string status, double weight)
    {
        writer.WriteStartObject();
        writer.WriteStartObject("filter"u8);
        writer.WriteStartObject("term"u8);
        writer.WriteString("status"u8, status);
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteNumber("weight"u8, weight);
        writer.WriteEndObject();
    }

    private static void WriteTermsWhenAny(Utf8JsonWriter writer, string field, IReadOnlyList<string> values)
    {
        if (values.Count > 0)
        {
            WriteTerms(writer, field, values);
        }
    }

    private static void WriteTerms(Utf8JsonWriter writer, string field, IReadOnlyList<string> values)
    {
        writer.WriteStartObject();
        writer.WriteStartObject("terms"u8);
        writer.WriteStringArray(field, values);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
