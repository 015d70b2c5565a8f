using System.Text.Json;

namespace Gateway.Search.Elasticsearch;

internal static class JsonWriterExtensions
{
    public static void WriteStringArray(this Utf8JsonWriter writer, ReadOnlySpan<byte> name, IReadOnlyList<string> values)
    {
        writer.WriteStartArray(name);
        WriteStringValues(writer, values);
    }

    public static void WriteStringArray(this Utf8JsonWriter writer, string name, IReadOnlyList<string> values)
    {
        writer.WriteStartArray(name);
        WriteStringValues(writer, values);
    }

    private static void WriteStringValues(Utf8JsonWriter writer, IReadOnlyList<string> values)
    {
        for (var i = 0; i < values.Count; i++)
        {
            writer.WriteStringValue(values[i]);
        }

        writer.WriteEndArray();
    }
}
