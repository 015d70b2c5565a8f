using System.Buffers;
using System.Text.Json;

namespace Gateway.Search.Elasticsearch;

/// <summary>Index templates, indexes and aliases (Elasticsearch 8 index and alias APIs).</summary>
public sealed partial class ElasticsearchClient
{
    /// <summary><c>PUT /_index_template/{name}</c>: creates or replaces a composable index template.</summary>
    public async Task PutIndexTemplateAsync(string name, ReadOnlyMemory<byte> template, CancellationToken cancellationToken)
    {
        var path = $"/_index_template/{Uri.EscapeDataString(name)}";
        using var answer = await SendAsync(HttpMethod.Put, path, template, cancellationToken);
        RequireAcknowledged($"PUT {path}", answer);
    }

    /// <summary><c>PUT /{index}</c> with settings, mappings or aliases beyond the template's (or no body).</summary>
    public async Task CreateIndexAsync(string index, ReadOnlyMemory<byte>? body, CancellationToken cancellationToken)
    {
        var path = $"/{Uri.EscapeDataString(index)}";
        using var answer = await SendAsync(HttpMethod.Put, path, body, cancellationToken);
        RequireAcknowledged($"PUT {path}", answer);
    }

    /// <summary><c>DELETE /{index}</c>.</summary>
    public async Task DeleteIndexAsync(string index, CancellationToken cancellationToken)
    {
        var path = $"/{Uri.EscapeDataString(index)}";
        using var answer = await SendAsync(HttpMethod.Delete, path, null, cancellationToken);
        RequireAcknowledged($"DELETE {path}", answer);
    }

    /// <summary><c>PUT /{index}/_settings</c>: dynamic settings such as <c>refresh_interval</c>.</summary>
    public async Task UpdateIndexSettingsAsync(string index, ReadOnlyMemory<byte> settings, CancellationToken cancellationToken)
    {
        var path = $"/{Uri.EscapeDataString(index)}/_settings";
        using var answer = await SendAsync(HttpMethod.Put, path, settings, cancellationToken);
        RequireAcknowledged($"PUT {path}", answer);
    }

    /// <summary><c>POST /{index}/_refresh</c>: makes every write so far visible to searches.</summary>
    public async Task RefreshAsync(string index, CancellationToken cancellationToken)
    {
        using var _ = await SendAsync(HttpMethod.Post, $"/{Uri.EscapeDataString(index)}/_refresh", null, cancellationToken);
    }

    /// <summary>
    /// <c>GET /_alias/{alias}</c>: the indexes the alias points to, none when it does not exist (404,
    /// <c>{"error":"alias [x] missing","status":404}</c>). The answer maps each index to its aliases.
    /// </summary>
    public async Task<IReadOnlyList<string>> GetAliasIndicesAsync(string alias, CancellationToken cancellationToken)
    {
        var path = $"/_alias/{Uri.EscapeDataString(alias)}";
        using var answer = await SendAllowingNotFoundAsync(HttpMethod.Get, path, null, cancellationToken);
        if (answer is null)
        {
            return [];
        }

        var indices = new List<string>();
        foreach (var index in answer.RootElement.EnumerateObject())
        {
            if (index.Value.ValueKind != JsonValueKind.Object || !index.Value.TryGetProperty("aliases"u8, out _))
            {
                throw Unexpected($"GET {path}", answer.RootElement, "an object of indexes, each with its \"aliases\"");
            }

            indices.Add(index.Name);
        }

        indices.Sort(StringComparer.Ordinal);
        return indices;
    }

    /// <summary>
    /// <c>POST /_aliases</c> with one <c>add</c> and a <c>remove</c> per previous index: Elasticsearch applies the actions
    /// atomically, so searches through the alias see either the old indexes or the new one, never both or neither.
    /// </summary>
    public async Task SwapAliasAsync(string alias, string newIndex, IReadOnlyList<string> previousIndices, CancellationToken cancellationToken)
    {
        var body = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(body))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("actions"u8);
            foreach (var previous in previousIndices)
            {
                WriteAliasAction(writer, "remove"u8, previous, alias);
            }

            WriteAliasAction(writer, "add"u8, newIndex, alias);
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        using var answer = await SendAsync(HttpMethod.Post, "/_aliases", body.WrittenMemory, cancellationToken);
        RequireAcknowledged("POST /_aliases", answer);
    }

    private static void WriteAliasAction(Utf8JsonWriter writer, ReadOnlySpan<byte> action, string index, string alias)
    {
        writer.WriteStartObject();
        writer.WriteStartObject(action);
        writer.WriteString("index"u8, index);
        writer.WriteString("alias"u8, alias);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    /// <summary>Index and alias APIs answer <c>{"acknowledged":true}</c>; false means the cluster did not apply it in time.</summary>
    private static void RequireAcknowledged(string request, JsonDocument answer)
    {
        if (!answer.RootElement.TryGetProperty("acknowledged"u8, out var acknowledged) || acknowledged.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            throw Unexpected(request, answer.RootElement, "an object with \"acknowledged\"");
        }

        if (acknowledged.ValueKind == JsonValueKind.False)
        {
            throw new ElasticsearchException(
                ElasticsearchFailureKind.Unavailable,
                request,
                $"{request}: Elasticsearch did not acknowledge the change within its master timeout; it may still apply. Try again once the cluster is healthy.");
        }
    }
}
