using System.Text.Encodings.Web;
using System.Text.Json;
using Gateway.GraphQL;
using Gateway.GraphQL.Execution;
using Microsoft.AspNetCore.Http;

namespace Gateway.Http;

/// <summary>Writes GraphQL responses (Spec 7.1) straight to the response body with <see cref="Utf8JsonWriter"/>.</summary>
public static class GraphQLResponseWriter
{
    // Relaxed escaping: responses are JSON read by JSON parsers, never embedded in HTML, and non-ASCII
    // text stays readable UTF-8 (draft "JSON Encoding").
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Task WriteAsync(HttpContext context, int statusCode, ResponseMediaType mediaType, ExecutionResult result) =>
        WriteAsync(context, statusCode, mediaType, [result], asArray: false);

    public static async Task WriteAsync(
        HttpContext context, int statusCode, ResponseMediaType mediaType, IReadOnlyList<ExecutionResult> results, bool asArray)
    {
        var response = context.Response;
        response.StatusCode = statusCode;
        response.ContentType = MediaTypeNegotiation.HeaderValue(mediaType);
        using (var writer = new Utf8JsonWriter(response.BodyWriter, WriterOptions))
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

        await response.BodyWriter.FlushAsync(context.RequestAborted);
    }

    /// <summary>A response with one error and no data; <c>extensions.code</c> carries the reason.</summary>
    public static ExecutionResult ErrorResult(string message, string code) => ExecutionResult.FromRequestErrors(
        [new GraphQLError(message, extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = code })]);
}
