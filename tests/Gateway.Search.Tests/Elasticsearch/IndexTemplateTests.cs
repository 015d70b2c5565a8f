using System.Text.Json;
using System.Text.Json.Nodes;
using Gateway.Search.Elasticsearch;

namespace Gateway.Search.Tests.Elasticsearch;

/// <summary>
/// deploy/elasticsearch/dp-products.index-template.json agrees with the code: the mapping is strict (Elasticsearch
/// refuses a document with an unmapped field), so every member the documents hold and every field the queries name
/// must be mapped, and every analyzer the mapping names must be defined.
/// </summary>
public sealed class IndexTemplateTests
{
    private static readonly HashSet<string> BuiltInAnalyzers = ["standard", "simple", "whitespace", "keyword", "english"];
    private static readonly HashSet<string> BuiltInTokenFilters = ["lowercase", "asciifolding", "flatten_graph"];

    private static readonly JsonObject Template = JsonNode.Parse(ProductIndexTemplate.For("dp-products").Body.Span)!.AsObject();
    private static readonly JsonObject Mapping = Template["template"]!["mappings"]!.AsObject();

    [Fact]
    public void The_deployed_template_file_is_the_one_the_library_puts()
    {
        var deployed = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryRoot(), "deploy", "elasticsearch", "dp-products.index-template.json")));

        Assert.True(JsonNode.DeepEquals(deployed, Template), "The embedded template differs from deploy/elasticsearch/dp-products.index-template.json.");
    }

    [Fact]
    public void Every_member_of_a_product_document_is_mapped()
    {
        var unmapped = new List<string>();
        foreach (var product in new[] { TestProducts.RegisteredUsers, TestProducts.Orders, TestProducts.PlayEventsDraft })
        {
            var buffer = new System.Buffers.ArrayBufferWriter<byte>();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                ProductDocumentWriter.Write(writer, product);
            }

            CollectUnmapped(JsonNode.Parse(buffer.WrittenSpan)!.AsObject(), Mapping, "", unmapped);
        }

        Assert.Empty(unmapped);
    }

    [Fact]
    public void Every_field_the_search_and_suggest_requests_name_is_mapped()
    {
        var viewer = new SearchViewer("ui", new HashSet<string>(StringComparer.Ordinal) { "carol" }, false);
        var filter = new SearchFilter(["sales"], ["published"], ["bob"], ["pii"], ["internal"]);
        var names = new SortedSet<string>(StringComparer.Ordinal);
        CollectFieldNames(JsonNode.Parse(SearchRequestWriter.Search(new SearchQuery("email", filter), viewer).Span), null, names);
        CollectFieldNames(JsonNode.Parse(SearchRequestWriter.Suggest("em", 5, viewer).Span), null, names);

        Assert.Contains("fields.coordinate.text", names);
        Assert.Contains("suggest.product", names);
        var unmapped = names.Where(name => Resolve(name) is null).ToList();
        Assert.Empty(unmapped);
    }

    [Fact]
    public void Every_analyzer_normalizer_and_token_filter_the_template_names_is_defined()
    {
        var analysis = Template["template"]!["settings"]!["analysis"]!;
        var analyzers = analysis["analyzer"]!.AsObject();
        var normalizers = analysis["normalizer"]!.AsObject();
        var filters = analysis["filter"]!.AsObject();
        var undefined = new List<string>();
        foreach (var (name, node) in Walk(Mapping))
        {
            var value = node.ToString();
            if (name is "analyzer" or "search_analyzer" && !analyzers.ContainsKey(value) && !BuiltInAnalyzers.Contains(value))
            {
                undefined.Add($"analyzer {value}");
            }

            if (name == "normalizer" && !normalizers.ContainsKey(value))
            {
                undefined.Add($"normalizer {value}");
            }
        }

        foreach (var (_, definition) in analyzers)
        {
            foreach (var filter in definition!["filter"]!.AsArray())
            {
                if (!filters.ContainsKey(filter!.ToString()) && !BuiltInTokenFilters.Contains(filter.ToString()))
                {
                    undefined.Add($"token filter {filter}");
                }
            }
        }

        Assert.Empty(undefined);
    }

    private static void CollectUnmapped(JsonObject document, JsonObject mapping, string prefix, List<string> unmapped)
    {
        foreach (var (name, value) in document)
        {
            var field = mapping["properties"]?[name];
            if (field is null)
            {
                unmapped.Add(prefix + name);
                continue;
            }

            // A completion field's value is {input, weight}; an object or nested field's members are mapped under properties.
            if ((string?)field["type"] == "completion")
            {
                continue;
            }

            foreach (var item in value is JsonArray array ? [.. array] : new[] { value })
            {
                if (item is JsonObject child)
                {
                    CollectUnmapped(child, field.AsObject(), prefix + name + ".", unmapped);
                }
            }
        }
    }

    /// <summary>Field names in query DSL positions: keys of match/term/terms, "field", "fields" lists, highlight fields, sort keys, nested paths.</summary>
    private static void CollectFieldNames(JsonNode? node, string? parent, SortedSet<string> names)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    // A terms query's values are an array; a terms aggregation's body is an object holding "field".
                    if (parent is "match" or "term" || (parent == "terms" && value is JsonArray) || (parent == "fields" && value is JsonObject) || parent == "sort_item")
                    {
                        if (key != "_score")
                        {
                            names.Add(key);
                        }
                    }

                    if (key is "field" or "path" && value is JsonValue)
                    {
                        names.Add(value.ToString());
                    }

                    // Suggesters are named by kind ("term" among them), not by field: only their completion bodies name fields.
                    if (key == "suggest")
                    {
                        foreach (var (_, suggester) in value!.AsObject())
                        {
                            CollectFieldNames(suggester!["completion"], "completion", names);
                        }

                        continue;
                    }

                    if (key is "fields" or "docvalue_fields" && value is JsonArray list)
                    {
                        foreach (var item in list)
                        {
                            names.Add(item!.ToString().Split('^')[0]);
                        }

                        continue;
                    }

                    CollectFieldNames(value, key == "sort" ? "sort" : key, names);
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    CollectFieldNames(item, parent == "sort" ? "sort_item" : parent, names);
                }

                break;
        }
    }

    /// <summary>Walks a dotted name through properties and multi-fields ("fields" in a field's mapping).</summary>
    private static JsonNode? Resolve(string dotted)
    {
        JsonNode? node = Mapping;
        foreach (var segment in dotted.Split('.'))
        {
            node = node?["properties"]?[segment] ?? (node?["fields"] is JsonObject multiFields && node["type"] is not null ? multiFields[segment] : null);
        }

        return node;
    }

    private static IEnumerable<(string Name, JsonNode Value)> Walk(JsonNode? node)
    {
        if (node is JsonObject obj)
        {
            foreach (var (key, value) in obj)
            {
                if (value is JsonValue)
                {
                    yield return (key, value);
                }

                foreach (var inner in Walk(value))
                {
                    yield return inner;
                }
            }
        }
        else if (node is JsonArray array)
        {
            foreach (var item in array)
            {
                foreach (var inner in Walk(item))
                {
                    yield return inner;
                }
            }
        }
    }

    private static string RepositoryRoot()
    {
        var folder = RecordedElasticsearch.Folder();
        while (!File.Exists(Path.Combine(folder, "Gateway.sln")))
        {
            folder = Path.GetDirectoryName(folder)!;
        }

        return folder;
    }
}
