using System.Buffers;
using System.Text.Json;

namespace Gateway.Search.Elasticsearch;

/// <summary>Bodies of the create-index and index-settings requests.</summary>
internal static class IndexBody
{
    /// <summary><c>{"aliases":{"{alias}":{}}}</c>: the index is created already behind the alias.</summary>
    public static ReadOnlyMemory<byte> WithAlias(string alias) => Write(writer =>
    {
        writer.WriteStartObject("aliases"u8);
        writer.WriteStartObject(alias);
        writer.WriteEndObject();
        writer.WriteEndObject();
    });

    /// <summary>
    /// Settings for an index being filled by a reindex: no periodic refresh and no replicas while it loads, the bulk
    /// loading advice of Elasticsearch's "Tune for indexing speed"; <see cref="Serving"/> puts them back.
    /// </summary>
    public static ReadOnlyMemory<byte> Loading() => Write(writer =>
    {
        writer.WriteStartObject("settings"u8);
        writer.WriteStartObject("index"u8);
        writer.WriteString("refresh_interval"u8, "-1"u8);
        writer.WriteNumber("number_of_replicas"u8, 0);
        writer.WriteEndObject();
        writer.WriteEndObject();
    });

    /// <summary>The template's refresh interval and replicas, for an index that has finished loading.</summary>
    public static ReadOnlyMemory<byte> Serving(string refreshInterval, string replicas) => Write(writer =>
    {
        writer.WriteStartObject("index"u8);
        writer.WriteString("refresh_interval"u8, refreshInterval);
        writer.WriteString("number_of_replicas"u8, replicas);
        writer.WriteEndObject();
    });

    private static ReadOnlyMemory<byte> Write(Action<Utf8JsonWriter> writeMembers)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writeMembers(writer);
            writer.WriteEndObject();
        }

        return buffer.WrittenMemory;
    }
}
