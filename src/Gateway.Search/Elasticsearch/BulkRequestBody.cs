using System.Buffers;
using System.Text.Json;

namespace Gateway.Search.Elasticsearch;

/// <summary>
/// The newline-delimited JSON body of a <c>_bulk</c> request: an action line per operation, followed by the document's
/// source for <c>index</c>, each line ending in a newline, the last one included (Bulk API, "the final line of data
/// must end with a newline character"). It remembers where each operation starts so the operations Elasticsearch
/// rejected with 429 can be sent again on their own.
/// </summary>
public sealed class BulkRequestBody
{
    private static readonly JsonWriterOptions WriterOptions = new() { SkipValidation = true };

    private readonly ArrayBufferWriter<byte> _buffer;
    private readonly Utf8JsonWriter _writer;
    private readonly List<Operation> _operations = [];

    public BulkRequestBody(int initialCapacity = 64 * 1024)
    {
        _buffer = new ArrayBufferWriter<byte>(initialCapacity);
        _writer = new Utf8JsonWriter(_buffer, WriterOptions);
    }

    /// <summary>Operations added so far.</summary>
    public int Count => _operations.Count;

    /// <summary>Bytes written so far.</summary>
    public int Length => _buffer.WrittenCount;

    internal ReadOnlyMemory<byte> Content => _buffer.WrittenMemory;

    internal BulkAction ActionAt(int operation) => _operations[operation].Action;

    internal string IdAt(int operation) => _operations[operation].Id;

    /// <summary>
    /// Adds or replaces a document. With <paramref name="externalVersion"/> the write uses <c>version_type=external</c>:
    /// Elasticsearch keeps it only if the version is higher than the stored one, and answers 409 otherwise, so a stale
    /// write arriving late cannot overwrite a newer document.
    /// </summary>
    public void Index<TState>(string id, TState state, Action<Utf8JsonWriter, TState> writeSource, long? externalVersion = null)
    {
        var start = _buffer.WrittenCount;
        _writer.Reset(_buffer);
        _writer.WriteStartObject();
        _writer.WriteStartObject("index"u8);
        _writer.WriteString("_id"u8, id);
        if (externalVersion is { } version)
        {
            _writer.WriteNumber("version"u8, version);
            _writer.WriteString("version_type"u8, "external"u8);
        }

        _writer.WriteEndObject();
        _writer.WriteEndObject();
        EndLine();
        _writer.Reset(_buffer);
        writeSource(_writer, state);
        EndLine();
        _operations.Add(new Operation(BulkAction.Index, id, start, _buffer.WrittenCount - start));
    }

    /// <summary>Deletes a document; a missing one comes back as <see cref="BulkItemOutcome.NotFound"/>.</summary>
    public void Delete(string id)
    {
        var start = _buffer.WrittenCount;
        _writer.Reset(_buffer);
        _writer.WriteStartObject();
        _writer.WriteStartObject("delete"u8);
        _writer.WriteString("_id"u8, id);
        _writer.WriteEndObject();
        _writer.WriteEndObject();
        EndLine();
        _operations.Add(new Operation(BulkAction.Delete, id, start, _buffer.WrittenCount - start));
    }

    /// <summary>A body holding only the given operations, in that order.</summary>
    internal BulkRequestBody Subset(List<int> operations)
    {
        var subset = new BulkRequestBody(_buffer.WrittenCount);
        var written = _buffer.WrittenSpan;
        foreach (var index in operations)
        {
            var operation = _operations[index];
            var start = subset._buffer.WrittenCount;
            subset._buffer.Write(written.Slice(operation.Start, operation.Length));
            subset._operations.Add(operation with { Start = start });
        }

        return subset;
    }

    private void EndLine()
    {
        _writer.Flush();
        _buffer.Write("\n"u8);
    }

    private readonly record struct Operation(BulkAction Action, string Id, int Start, int Length);
}
