using System.Text;
using System.Text.Json;

namespace Gateway.Http.Persisted;

/// <summary>
/// Reads a trusted-document manifest with <see cref="Utf8JsonReader"/>, so every problem, syntax or
/// structure, is reported at its line and column rather than only "invalid JSON".
/// </summary>
internal ref struct TrustedDocumentManifestReader
{
    private const string ApolloFormat = "apollo-persisted-query-manifest";

    private readonly ReadOnlySpan<byte> _json;
    private readonly string _sourceName;
    private readonly Dictionary<string, string> _documents = new(StringComparer.Ordinal);
    private Utf8JsonReader _reader;

    private TrustedDocumentManifestReader(ReadOnlySpan<byte> json, string sourceName)
    {
        _json = json;
        _sourceName = sourceName;
        _reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
    }

    public static Dictionary<string, string> Read(ReadOnlySpan<byte> json, string sourceName)
    {
        var reader = new TrustedDocumentManifestReader(json, sourceName);
        try
        {
            return reader.ReadManifest();
        }
        catch (JsonException exception)
        {
            // The reader's positions are 0-based, its column counted in bytes.
            var line = (int)(exception.LineNumber ?? 0) + 1;
            var column = (int)(exception.BytePositionInLine ?? 0) + 1;
            throw new TrustedDocumentManifestException(sourceName, line, column, $"the manifest is not valid JSON: {exception.Message}", exception);
        }
    }

    private Dictionary<string, string> ReadManifest()
    {
        Next();
        if (_reader.TokenType != JsonTokenType.StartObject)
        {
            throw Problem("the manifest must be a JSON object: either { \"<sha256 hex>\": \"query ...\" } or an Apollo persisted query manifest");
        }

        var manifestStart = _reader.TokenStartIndex;
        string? format = null;
        var sawOperations = false;
        var sawHashEntries = false;
        while (Next() == JsonTokenType.PropertyName)
        {
            var name = _reader.GetString()!;
            var nameStart = _reader.TokenStartIndex;
            Next();
            switch (name)
            {
                case "format":
                    format = ExpectString("\"format\"");
                    if (format != ApolloFormat)
                    {
                        throw Problem($"unknown manifest format \"{format}\"; expected \"{ApolloFormat}\"");
                    }

                    break;
                case "version" when _reader.TokenType == JsonTokenType.Number:
                    if (!_reader.TryGetInt32(out var version) || version != 1)
                    {
                        throw Problem("unsupported manifest version; only version 1 of the Apollo persisted query manifest is read");
                    }

                    break;
                case "operations" when _reader.TokenType == JsonTokenType.StartArray:
                    sawOperations = true;
                    ReadOperations();
                    break;
                case "version":
                    throw Problem("\"version\" must be the number 1");
                case "operations":
                    throw Problem("\"operations\" must be an array of { \"id\", \"name\", \"type\", \"body\" } objects");
                default:
                    sawHashEntries = true;
                    ReadHashEntry(name, nameStart);
                    break;
            }
        }

        // Content after the object is the JSON reader's to reject (it reads one value only).
        while (Next() != JsonTokenType.None)
        {
        }

        if (format is not null && !sawOperations)
        {
            throw ProblemAt(manifestStart, "an Apollo persisted query manifest needs an \"operations\" array");
        }

        if (format is null && sawOperations)
        {
            throw ProblemAt(manifestStart, $"a manifest with \"operations\" needs \"format\": \"{ApolloFormat}\"");
        }

        if (sawOperations && sawHashEntries)
        {
            throw ProblemAt(manifestStart, "a manifest is either an Apollo persisted query manifest or an object of hash: query entries, not both");
        }

        return _documents;
    }

    /// <summary>One <c>"&lt;sha256 hex&gt;": "query ..."</c> entry: the key must be the SHA-256 of the document.</summary>
    private void ReadHashEntry(string key, long keyStart)
    {
        if (!QueryHash.IsWellFormed(key))
        {
            throw ProblemAt(keyStart, $"\"{Shorten(key)}\" is not a SHA-256 hash (64 hexadecimal digits); each key must be the SHA-256 of its document");
        }

        var document = ExpectString($"the document of \"{key}\"");
        var hash = key.ToLowerInvariant();
        if (QueryHash.Of(document) != hash)
        {
            throw ProblemAt(keyStart, $"\"{key}\" is not the SHA-256 of its document (that is {QueryHash.Of(document)}); regenerate the manifest");
        }

        Add(hash, document, keyStart);
    }

    private void ReadOperations()
    {
        while (Next() != JsonTokenType.EndArray)
        {
            if (_reader.TokenType != JsonTokenType.StartObject)
            {
                throw Problem("each entry of \"operations\" must be an object with \"id\" and \"body\"");
            }

            var operationStart = _reader.TokenStartIndex;
            string? id = null;
            string? body = null;
            while (Next() == JsonTokenType.PropertyName)
            {
                var name = _reader.GetString()!;
                Next();
                switch (name)
                {
                    case "id":
                        id = ExpectString("\"id\"");
                        break;
                    case "body":
                        body = ExpectString("\"body\"");
                        break;
                    case "name" or "type":
                        ExpectString($"\"{name}\"");
                        break;
                    default:
                        _reader.Skip();
                        break;
                }
            }

            if (id is null || body is null)
            {
                throw ProblemAt(operationStart, $"the operation has no \"{(id is null ? "id" : "body")}\"");
            }

            // Hash ids are looked up in lowercase, as the resolver normalises the hashes clients send.
            Add(QueryHash.IsWellFormed(id) ? id.ToLowerInvariant() : id, body, operationStart);
        }
    }

    private void Add(string id, string document, long start)
    {
        if (_documents.TryGetValue(id, out var existing) && existing != document)
        {
            throw ProblemAt(start, $"\"{id}\" is registered twice with different documents");
        }

        _documents[id] = document;
    }

    private string ExpectString(string what)
    {
        if (_reader.TokenType != JsonTokenType.String)
        {
            throw Problem($"{what} must be a string");
        }

        return _reader.GetString()!;
    }

    private JsonTokenType Next()
    {
        if (!_reader.Read())
        {
            return JsonTokenType.None;
        }

        return _reader.TokenType;
    }

    private readonly TrustedDocumentManifestException Problem(string problem) => ProblemAt(_reader.TokenStartIndex, problem);

    /// <summary>The 1-based line, and column in characters, of a byte offset in the manifest.</summary>
    private readonly TrustedDocumentManifestException ProblemAt(long offset, string problem)
    {
        var before = _json[..(int)Math.Min(offset, _json.Length)];
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        var line = before.Count((byte)'\n') + 1;
        var column = Encoding.UTF8.GetCharCount(before[lineStart..]) + 1;
        return new TrustedDocumentManifestException(_sourceName, line, column, problem);
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : string.Concat(text.AsSpan(0, 77), "...");
}
