using System.Collections;
using System.Text.Json;

namespace Gateway.GraphQL.Execution;

/// <summary>Writes a response as JSON (Spec 7.1): errors first when present, like graphql-js, then data.</summary>
internal static class ResultJsonWriter
{
    public static void WriteResult(Utf8JsonWriter writer, ExecutionResult result)
    {
        writer.WriteStartObject();
        if (result.Errors.Count > 0)
        {
            writer.WritePropertyName("errors");
            writer.WriteStartArray();
            foreach (var error in result.Errors)
            {
                WriteError(writer, error);
            }

            writer.WriteEndArray();
        }

        if (result.HasData)
        {
            writer.WritePropertyName("data");
            WriteValue(writer, result.Data);
        }

        writer.WriteEndObject();
    }

    /// <summary>Spec 7.1.2 Errors: message, then locations, path and extensions when present.</summary>
    public static void WriteError(Utf8JsonWriter writer, GraphQLError error)
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
            foreach (var key in path)
            {
                if (key is int index)
                {
                    writer.WriteNumberValue(index);
                }
                else
                {
                    writer.WriteStringValue(key.ToString());
                }
            }

            writer.WriteEndArray();
        }

        if (error.Extensions is { Count: > 0 } extensions)
        {
            writer.WritePropertyName("extensions");
            WriteValue(writer, extensions);
        }

        writer.WriteEndObject();
    }

    public static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                return;
            case string text:
                writer.WriteStringValue(text);
                return;
            case ResultMap map:
                writer.WriteStartObject();
                for (var i = 0; i < map.Count; i++)
                {
                    writer.WritePropertyName(map.NameAt(i));
                    if (map.MaskAt(i) is { } mask)
                    {
                        mask.Write(writer, map.UnmaskedValueAt(i));
                    }
                    else
                    {
                        WriteValue(writer, map.UnmaskedValueAt(i));
                    }
                }

                writer.WriteEndObject();
                return;
            case object?[] items:
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                return;
            case bool flag:
                writer.WriteBooleanValue(flag);
                return;
            case int number:
                writer.WriteNumberValue(number);
                return;
            case long number:
                writer.WriteNumberValue(number);
                return;
            case double number:
                writer.WriteNumberValue(number);
                return;
            case float number:
                writer.WriteNumberValue(number);
                return;
            case decimal number:
                writer.WriteNumberValue(number);
                return;
            case short or byte or sbyte or ushort or uint:
                writer.WriteNumberValue(Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture));
                return;
            case ulong number:
                writer.WriteNumberValue(number);
                return;
            case JsonElement element:
                element.WriteTo(writer);
                return;

            // The JSON-shaped trees a federated response is built of: enumerated without boxing an enumerator.
            case Dictionary<string, object?> dictionary:
                writer.WriteStartObject();
                foreach (var (key, entry) in dictionary)
                {
                    writer.WritePropertyName(key);
                    WriteValue(writer, entry);
                }

                writer.WriteEndObject();
                return;
            case List<object?> elements:
                writer.WriteStartArray();
                foreach (var item in elements)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                return;
            case IEnumerable<KeyValuePair<string, object?>> entries:
                writer.WriteStartObject();
                foreach (var (key, entry) in entries)
                {
                    writer.WritePropertyName(key);
                    WriteValue(writer, entry);
                }

                writer.WriteEndObject();
                return;
            case IEnumerable list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                return;
            default:
                writer.WriteStringValue(value.ToString());
                return;
        }
    }
}
