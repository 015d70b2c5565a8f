using System.Text.Json;

namespace Gateway.Federation.Transport;

/// <summary>
/// Reads a JSON text straight into the mutable values the executor merges into: <c>Dictionary</c> for
/// objects (insertion order kept), <c>List</c> for arrays, <c>string</c>, <c>bool</c>, <c>long</c> for
/// integral numbers that fit, else <c>double</c>, and null. One pass with <see cref="Utf8JsonReader"/>, no
/// intermediate <see cref="JsonDocument"/>.
/// </summary>
internal static class JsonTree
{
    /// <summary>Subgraph responses nest as deep as the operation; far beyond any sane operation depth.</summary>
    public const int MaxDepth = 512;

    /// <exception cref="JsonException">The text is not one well-formed JSON value.</exception>
    public static object? Parse(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = MaxDepth });
        if (!reader.Read())
        {
            throw new JsonException("The body is empty.");
        }

        var value = ReadValue(ref reader);
        if (reader.Read())
        {
            throw new JsonException("The body holds more than one JSON value.");
        }

        return value;
    }

    private static object? ReadValue(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var name = reader.GetString()!;
                    reader.Read();

                    // JSON allows a repeated name; the last one wins, as in JavaScript's JSON.parse.
                    map[name] = ReadValue(ref reader);
                }

                return map;
            case JsonTokenType.StartArray:
                var list = new List<object?>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    list.Add(ReadValue(ref reader));
                }

                return list;
            case JsonTokenType.String:
                return reader.GetString();
            case JsonTokenType.Number:
                return reader.TryGetInt64(out var integral) ? integral : (object)reader.GetDouble();
            case JsonTokenType.True:
                return true;
            case JsonTokenType.False:
                return false;
            case JsonTokenType.Null:
                return null;
            default:
                throw new JsonException($"Unexpected JSON token {reader.TokenType}.");
        }
    }
}
