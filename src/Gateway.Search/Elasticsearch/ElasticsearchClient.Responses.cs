using System.Text;
using System.Text.Json;

namespace Gateway.Search.Elasticsearch;

public sealed partial class ElasticsearchClient
{
    private const int BodyExcerptLength = 300;

    private static JsonDocument ParseSuccess(string request, int status, byte[] content)
    {
        try
        {
            var document = JsonDocument.Parse(content);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                document.Dispose();
                throw Unexpected(request, $"answered {status} with JSON that is not an object: {Excerpt(content)}");
            }

            return document;
        }
        catch (JsonException exception)
        {
            throw Unexpected(request, $"answered {status} with a body that is not JSON ({exception.Message}): {Excerpt(content)}", exception);
        }
    }

    /// <summary>
    /// Reads Elasticsearch's error body: <c>{"error":{"root_cause":[...],"type":"...","reason":"...","caused_by":{...}},"status":400}</c>,
    /// or <c>{"error":"alias [x] missing","status":404}</c> from some APIs, or whatever a proxy in between sent.
    /// </summary>
    private ElasticsearchException ErrorFromBody(string request, int status, byte[] content, int retries)
    {
        string? type = null;
        string? reason = null;
        try
        {
            using var document = JsonDocument.Parse(content);
            if (document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("error"u8, out var error))
            {
                if (error.ValueKind == JsonValueKind.String)
                {
                    reason = error.GetString();
                }
                else if (error.ValueKind == JsonValueKind.Object)
                {
                    type = StringMember(error, "type"u8);
                    reason = StringMember(error, "reason"u8);
                    if (error.TryGetProperty("caused_by"u8, out var cause) && cause.ValueKind == JsonValueKind.Object)
                    {
                        reason = $"{reason} (caused by {StringMember(cause, "type"u8)}: {StringMember(cause, "reason"u8)})";
                    }
                }
            }
        }
        catch (JsonException)
        {
            // Not Elasticsearch's JSON (a proxy or load balancer answered): the excerpt below says what came back.
        }

        var kind = status switch
        {
            429 or 502 or 503 or 504 => ElasticsearchFailureKind.Unavailable,
            >= 500 => ElasticsearchFailureKind.ServerError,
            >= 400 => ElasticsearchFailureKind.Rejected,
            _ => ElasticsearchFailureKind.UnexpectedResponse,
        };
        var message = new StringBuilder().Append(request).Append(" failed with ").Append(status);
        if (type is not null || reason is not null)
        {
            message.Append(' ').Append(type ?? "error").Append(": ").Append(reason);
        }
        else
        {
            message.Append(", and the body is not an Elasticsearch error: ").Append(Excerpt(content));
        }

        if (kind == ElasticsearchFailureKind.Unavailable)
        {
            message.Append(" (gave up after ").Append(retries + 1).Append(" attempt(s))");
        }

        if (Hint(status, type) is { } hint)
        {
            message.Append(". ").Append(hint);
        }

        return new ElasticsearchException(kind, request, message.ToString(), status, type, reason);
    }

    private string? Hint(int status, string? type) => (status, type) switch
    {
        (401, _) => "Check the Elasticsearch user and password or API key the gateway is configured with",
        (403, _) => $"The Elasticsearch user or API key lacks a privilege on '{_settings.Alias}*' (it needs manage, read and write)",
        (_, "index_not_found_exception") => $"The index behind '{_settings.Alias}' is missing: start the gateway again (it creates it) or run `gateway search reindex`",
        (_, "document_parsing_exception" or "mapper_parsing_exception" or "strict_dynamic_mapping_exception") =>
            "The index's mapping does not match the documents: update the index template and run `gateway search reindex`",
        _ => null,
    };

    private static ElasticsearchException Unexpected(string request, string detail, Exception? inner = null) =>
        new(ElasticsearchFailureKind.UnexpectedResponse, request, $"{request}: Elasticsearch {detail}", innerException: inner);

    internal static ElasticsearchException Unexpected(string request, JsonElement body, string expected) =>
        new(ElasticsearchFailureKind.UnexpectedResponse, request,
            $"{request}: the answer is not the one the Elasticsearch 8 REST API documents: {expected}. Body: {Excerpt(Encoding.UTF8.GetBytes(body.GetRawText()))}");

    internal static string? StringMember(JsonElement element, ReadOnlySpan<byte> name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string Excerpt(byte[] content)
    {
        if (content.Length == 0)
        {
            return "(empty)";
        }

        var text = Encoding.UTF8.GetString(content, 0, Math.Min(content.Length, BodyExcerptLength * 4));
        return text.Length > BodyExcerptLength ? string.Concat(text.AsSpan(0, BodyExcerptLength), "...") : text;
    }
}
