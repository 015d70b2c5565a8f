using System.Text.Encodings.Web;
using System.Text.Json;
using Gateway.GraphQL;
using Gateway.GraphQL.Execution;
using Microsoft.AspNetCore.Http;

namespace Gateway.Http;

/// <summary>
/// Writes GraphQL responses (Spec 7.1) with <see cref="Utf8JsonWriter"/> into a pooled buffer, then sends
/// them with a Content-Length: one write, no chunked framing, and the client knows where the body ends.
/// </summary>
public static class GraphQLResponseWriter
{
    // Relaxed escaping: responses are JSON read by JSON parsers, never embedded in HTML, and non-ASCII
    // text stays readable UTF-8 (draft "JSON Encoding").
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task WriteAsync(HttpContext context, int statusCode, ResponseMediaType mediaType, ExecutionResult result)
    {
        using var buffer = new PooledResponseBuffer();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            result.WriteTo(writer);
        }

        await SendAsync(context, statusCode, mediaType, buffer);
    }

    public static async Task WriteAsync(
        HttpContext context, int statusCode, ResponseMediaType mediaType, IReadOnlyList<ExecutionResult> results, bool asArray)
    {
        using var buffer = new PooledResponseBuffer();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            if (asArray)
            {
                writer.WriteStartArray();
            }

            foreach (var result in results)
            {
                result.WriteTo(writer);
            }

            if (asArray)
            {
                writer.WriteEndArray();
            }
        }

        await SendAsync(context, statusCode, mediaType, buffer);
    }

    /// <summary>A response with one error and no data; <c>extensions.code</c> carries the reason.</summary>
    public static ExecutionResult ErrorResult(string message, string code) => ExecutionResult.FromRequestErrors(
        [new GraphQLError(message, extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = code })]);

    private static async Task SendAsync(HttpContext context, int statusCode, ResponseMediaType mediaType, PooledResponseBuffer buffer)
    {
        var response = context.Response;
        response.StatusCode = statusCode;
        response.ContentType = MediaTypeNegotiation.HeaderValue(mediaType);
        response.ContentLength = buffer.WrittenCount;
        await response.BodyWriter.WriteAsync(buffer.WrittenMemory, context.RequestAborted);
    }
}
