using System.Text.Encodings.Web;
using System.Text.Json;
using Gateway.GraphQL;

namespace Gateway.LocalGraphQL;

/// <summary>Writes errors the way a GraphQL response carries them (Spec 7.1.2 Errors).</summary>
public static class ResponseJson
{
    // Relaxed escaping: the output is read by people and JSON parsers, never embedded in HTML, so quotes
    // and angle brackets in messages stay readable.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary><c>{"errors":[...]}</c>: the whole response of a request that failed before execution.</summary>
    public static string ErrorsOnly(IReadOnlyList<GraphQLError> errors)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartObject();
            WriteErrors(writer, errors);
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>Writes the <c>errors</c> property: message, then locations and path when known.</summary>
    public static void WriteErrors(Utf8JsonWriter writer, IReadOnlyList<GraphQLError> errors)
    {
        writer.WritePropertyName("errors");
        writer.WriteStartArray();
        foreach (var error in errors)
        {
            writer.WriteStartObject();
            writer.WriteString("message", error.Message);
            if (error.Locations.Count > 0)
            {
                writer.WritePropertyName("locations");
                writer.WriteStartArray();
                foreach (var location in error.Locations)
                {
                    writer.WriteStartObject();
                    writer.WriteNumber("line", location.Line);
                    writer.WriteNumber("column", location.Column);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
            }

            if (error.Path is { } path)
            {
                writer.WritePropertyName("path");
                writer.WriteStartArray();
                foreach (var segment in path)
                {
                    if (segment is int index)
                    {
                        writer.WriteNumberValue(index);
                    }
                    else
                    {
                        writer.WriteStringValue(segment.ToString());
                    }
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
