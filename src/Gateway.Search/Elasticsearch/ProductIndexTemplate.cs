using System.Text.Json;
using System.Text.Json.Nodes;

namespace Gateway.Search.Elasticsearch;

/// <summary>
/// The composable index template of deploy/elasticsearch/dp-products.index-template.json (embedded in this library),
/// with its <c>index_patterns</c> set to the configured alias's indexes (<c>{alias}-*</c>).
/// </summary>
internal sealed class ProductIndexTemplate
{
    private const string ResourceName = "Gateway.Search.Elasticsearch.dp-products.index-template.json";

    private ProductIndexTemplate(byte[] body, string refreshInterval, string replicas)
    {
        Body = body;
        RefreshInterval = refreshInterval;
        Replicas = replicas;
    }

    public ReadOnlyMemory<byte> Body { get; }

    /// <summary>The template's <c>index.refresh_interval</c>, restored after a reindex loaded its documents with refresh off.</summary>
    public string RefreshInterval { get; }

    /// <summary>The template's <c>index.number_of_replicas</c>, restored after a reindex loaded its documents without replicas.</summary>
    public string Replicas { get; }

    public static ProductIndexTemplate For(string alias)
    {
        using var stream = typeof(ProductIndexTemplate).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The index template resource {ResourceName} is missing from {typeof(ProductIndexTemplate).Assembly.GetName().Name}.");
        var template = JsonNode.Parse(stream)!.AsObject();
        template["index_patterns"] = new JsonArray(JsonValue.Create(alias + "-*"));
        var index = template["template"]?["settings"]?["index"];
        return new ProductIndexTemplate(
            JsonSerializer.SerializeToUtf8Bytes(template),
            index?["refresh_interval"]?.ToString() ?? "1s",
            index?["number_of_replicas"]?.ToString() ?? "1");
    }
}
