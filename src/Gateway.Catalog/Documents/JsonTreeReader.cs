using System.Text;
using System.Text.Json;
using Gateway.Catalog.Documents.Nodes;

namespace Gateway.Catalog.Documents;

/// <summary>
/// Reads strict JSON (RFC 8259: no comments, no trailing commas) into a <see cref="DocumentNode"/> tree
/// with <see cref="Utf8JsonReader"/>, turning token offsets into lines and columns as it goes.
/// </summary>
internal ref struct JsonTreeReader
{
    private readonly string _file;
    private readonly DocumentLimits _limits;
    private readonly ReadOnlySpan<byte> _utf8;
    private Utf8JsonReader _reader;
    private long _nodes;

    // The position of the last token, advanced forward only, so the whole document costs one pass.
    private int _cursorOffset;
    private int _cursorLine;
    private int _cursorColumn;

    private JsonTreeReader(string file, ReadOnlySpan<byte> utf8, DocumentLimits limits)
    {
        _file = file;
        _limits = limits;
        _utf8 = utf8;
        _reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = limits.MaxDepth + 1 });
        _cursorLine = 1;
        _cursorColumn = 1;
    }

    public static DocumentNode Read(string file, string text, DocumentLimits limits)
    {
        var utf8 = Encoding.UTF8.GetBytes(text);
        var reader = new JsonTreeReader(file, utf8, limits);
        try
        {
            if (!reader._reader.Read())
            {
                throw new DocumentSyntaxException(new DocumentDiagnostic(file, new SourcePosition(1, 1), "", "syntax", "the document is empty."));
            }

            var root = reader.ReadValue(1);
            if (reader._reader.Read())
            {
                throw reader.Error("syntax", "there is more after the end of the JSON value.");
            }

            return root;
        }
        catch (JsonException error)
        {
            var position = new SourcePosition((int)(error.LineNumber ?? 0) + 1, (int)(error.BytePositionInLine ?? 0) + 1);
            var message = error.Message;
            var detail = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            throw new DocumentSyntaxException(new DocumentDiagnostic(
                file, position, "", "syntax", $"is not valid JSON: {(detail > 0 ? message[..detail] : message)}"));
        }
    }

    private DocumentNode ReadValue(int depth)
    {
        if (depth > _limits.MaxDepth)
        {
            throw Error("limit", $"nesting is deeper than {_limits.MaxDepth} levels; flatten the structure.");
        }

        if (++_nodes > _limits.MaxNodes)
        {
            throw Error("limit", $"the document holds more than {_limits.MaxNodes:N0} values.");
        }

        var position = Here();
        switch (_reader.TokenType)
        {
            case JsonTokenType.StartObject:
                return ReadObject(position, depth);
            case JsonTokenType.StartArray:
                var items = new List<DocumentNode>();
                while (Next() != JsonTokenType.EndArray)
                {
                    items.Add(ReadValue(depth + 1));
                }

                return new SequenceNode(position, items);
            case JsonTokenType.String:
                return new ScalarNode(position, ScalarKind.String, _reader.GetString()!);
            case JsonTokenType.Number:
                var number = Encoding.UTF8.GetString(_reader.ValueSpan);
                var isInteger = number.AsSpan().IndexOfAny(".eE") < 0;
                return new ScalarNode(position, isInteger ? ScalarKind.Integer : ScalarKind.Number, number);
            case JsonTokenType.True:
                return new ScalarNode(position, ScalarKind.Boolean, "true");
            case JsonTokenType.False:
                return new ScalarNode(position, ScalarKind.Boolean, "false");
            default:
                return new ScalarNode(position, ScalarKind.Null, "null");
        }
    }

    private MappingNode ReadObject(SourcePosition position, int depth)
    {
        var entries = new List<MappingEntry>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (Next() != JsonTokenType.EndObject)
        {
            var keyPosition = Here();
            var key = _reader.GetString()!;
            if (!seen.Add(key))
            {
                // RFC 8259 4: names within an object SHOULD be unique; a contract with two answers for one key has none.
                throw Error("syntax", $"the key '{key}' appears twice in the same object; keep one.");
            }

            Next();
            entries.Add(new MappingEntry(key, keyPosition, ReadValue(depth + 1)));
        }

        return new MappingNode(position, entries);
    }

    private JsonTokenType Next()
    {
        _reader.Read();
        return _reader.TokenType;
    }

    private SourcePosition Here()
    {
        var target = (int)_reader.TokenStartIndex;
        for (var i = _cursorOffset; i < target; i++)
        {
            var value = _utf8[i];
            if (value == (byte)'\n')
            {
                _cursorLine++;
                _cursorColumn = 1;
            }
            else if ((value & 0xC0) != 0x80 && value != (byte)'\r')
            {
                // Continuation bytes belong to the character their lead byte started.
                _cursorColumn++;
            }
        }

        _cursorOffset = target;
        return new SourcePosition(_cursorLine, _cursorColumn);
    }

    private DocumentSyntaxException Error(string rule, string message) =>
        new(new DocumentDiagnostic(_file, Here(), "", rule, message));
}
