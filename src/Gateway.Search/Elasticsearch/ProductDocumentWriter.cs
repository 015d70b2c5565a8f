using System.Text.Json;

namespace Gateway.Search.Elasticsearch;

/// <summary>
/// Writes a product as the index template maps it: the product's searchable text and facets, its contract's fields as
/// <c>nested</c> objects (so a field's name, coordinate and description match together and its highlight names its
/// coordinate), the <c>visibility</c> the permission filters use, the ranking signals, and the completion inputs.
/// </summary>
internal static class ProductDocumentWriter
{
    public static void Write(Utf8JsonWriter writer, SearchDocument document)
    {
        writer.WriteStartObject();
        writer.WriteString("urn"u8, document.Urn);
        writer.WriteString("name"u8, document.Name);
        WriteOptional(writer, "description"u8, document.Description);
        writer.WriteString("domain"u8, document.Domain);
        WriteOptional(writer, "owner"u8, document.Owner);
        WriteOptional(writer, "team"u8, document.Team);
        writer.WriteStringArray("tags"u8, document.Tags);
        writer.WriteStringArray("glossary"u8, document.GlossaryTerms);
        writer.WriteString("classification"u8, document.Classification);
        writer.WriteString("status"u8, document.Status);
        writer.WriteString("version"u8, document.Version);
        writer.WriteStringArray("visibility"u8, ProductVisibility.OfDocument(document));
        writer.WriteNumber("usage"u8, document.Usage);
        if (document.Quality is { } quality)
        {
            writer.WriteNumber("quality"u8, quality);
        }

        writer.WriteString("updated_at"u8, document.UpdatedAt.UtcDateTime);
        writer.WriteStartArray("fields"u8);
        foreach (var field in document.Fields)
        {
            writer.WriteStartObject();
            writer.WriteString("coordinate"u8, field.Coordinate);
            writer.WriteString("name"u8, field.Name);
            WriteOptional(writer, "description"u8, field.Description);
            WriteOptional(writer, "classification"u8, field.Classification);
            WriteOptional(writer, "logical_type"u8, field.LogicalType);
            writer.WriteStringArray("glossary"u8, field.GlossaryTerms);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        WriteSuggestions(writer, document);
        writer.WriteEndObject();
    }

    /// <summary>
    /// Completion inputs, one completion field per kind so a suggestion says what it is. The weight ranks popular
    /// products' completions first (completion suggester: "weight ... determines how the suggestions will be scored").
    /// </summary>
    private static void WriteSuggestions(Utf8JsonWriter writer, SearchDocument document)
    {
        var weight = SuggestionWeight(document);
        writer.WriteStartObject("suggest"u8);
        writer.WriteStartObject("product"u8);
        writer.WriteStartArray("input"u8);
        writer.WriteStringValue(document.Name);
        writer.WriteEndArray();
        writer.WriteNumber("weight"u8, weight);
        writer.WriteEndObject();

        if (document.Fields.Count > 0)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            writer.WriteStartObject("field"u8);
            writer.WriteStartArray("input"u8);
            foreach (var field in document.Fields)
            {
                if (seen.Add(field.Name))
                {
                    writer.WriteStringValue(field.Name);
                }
            }

            writer.WriteEndArray();
            writer.WriteNumber("weight"u8, weight);
            writer.WriteEndObject();
        }

        WriteCompletion(writer, "tag"u8, document.Tags, weight);
        WriteCompletion(writer, "term"u8, GlossaryTermsWithFields(document), weight);
        writer.WriteEndObject();
    }

    /// <summary>The product's glossary terms and its fields', each once.</summary>
    private static IReadOnlyList<string> GlossaryTermsWithFields(SearchDocument document)
    {
        List<string>? terms = null;
        foreach (var field in document.Fields)
        {
            foreach (var term in field.GlossaryTerms)
            {
                terms ??= [.. document.GlossaryTerms];
                if (!terms.Contains(term))
                {
                    terms.Add(term);
                }
            }
        }

        return terms ?? document.GlossaryTerms;
    }

    private static void WriteCompletion(Utf8JsonWriter writer, ReadOnlySpan<byte> kind, IReadOnlyList<string> inputs, int weight)
    {
        // An empty input list is not a completion; the field is left out instead.
        if (inputs.Count == 0)
        {
            return;
        }

        writer.WriteStartObject(kind);
        writer.WriteStringArray("input"u8, inputs);
        writer.WriteNumber("weight"u8, weight);
        writer.WriteEndObject();
    }

    /// <summary>1 for an unused product, growing with the logarithm of usage so one very popular product does not bury the rest.</summary>
    internal static int SuggestionWeight(SearchDocument document)
    {
        var usage = double.IsFinite(document.Usage) && document.Usage > 0 ? document.Usage : 0;
        return 1 + (int)Math.Min(Math.Round(Math.Log2(1 + usage) * 10), 1_000_000);
    }

    private static void WriteOptional(Utf8JsonWriter writer, ReadOnlySpan<byte> name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }
}
