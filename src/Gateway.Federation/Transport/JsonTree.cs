using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;

namespace Gateway.Federation.Transport;

/// <summary>
/// Reads a JSON text straight into the mutable values the executor merges into: <c>Dictionary</c> for
/// objects (insertion order kept), <c>List</c> for arrays, <c>string</c>, <c>bool</c>, <c>long</c> for
/// integral numbers that fit, else <c>double</c>, and null. One pass with <see cref="Utf8JsonReader"/>, no
/// intermediate <see cref="JsonDocument"/>. Property names, and the values of <c>__typename</c>, come from a
/// shared pool: a response repeats the same few in every object, and allocating each anew was most of the
/// strings a large response made.
/// </summary>
internal static class JsonTree
{
    /// <summary>Subgraph responses nest as deep as the operation; far beyond any sane operation depth.</summary>
    public const int MaxDepth = 512;

    // Bounded, so a subgraph that sends ever-new names (say, a map-like JSON scalar) costs lookups, not memory.
    private const int MaxPooledStrings = 4096;
    private const int MaxPooledLength = 64;
    private const string TypenameProperty = "__typename";

    private static readonly ConcurrentDictionary<string, string> Pool = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> PoolLookup =
        Pool.GetAlternateLookup<ReadOnlySpan<char>>();

    private static int _pooledCount;

    // Per thread: parsing never awaits, so one stack serves every parse on a thread, nested objects included.
    [ThreadStatic]
    private static List<KeyValuePair<string, object?>>? _members;

    /// <exception cref="JsonException">The text is not one well-formed JSON value.</exception>
    public static object? Parse(ReadOnlySpan<byte> json)
    {
        // A parse that threw may have left members behind.
        _members?.Clear();
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
                return ReadObject(ref reader);
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

    /// <summary>
    /// An object's members are read onto a shared stack first, so its dictionary is made at its final size:
    /// growing one member at a time left a discarded smaller table behind for almost every object.
    /// </summary>
    private static Dictionary<string, object?> ReadObject(ref Utf8JsonReader reader)
    {
        var members = _members ??= new List<KeyValuePair<string, object?>>(64);
        var start = members.Count;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = ReadPooledString(ref reader);
            reader.Read();
            var value = reader.TokenType == JsonTokenType.String && name == TypenameProperty
                ? ReadPooledString(ref reader)
                : ReadValue(ref reader);
            members.Add(new KeyValuePair<string, object?>(name, value));
        }

        var map = new Dictionary<string, object?>(members.Count - start, StringComparer.Ordinal);
        for (var i = start; i < members.Count; i++)
        {
            // JSON allows a repeated name; the last one wins, as in JavaScript's JSON.parse.
            map[members[i].Key] = members[i].Value;
        }

        members.RemoveRange(start, members.Count - start);
        return map;
    }

    /// <summary>The current property name or string, from <see cref="Pool"/> when short and unescaped.</summary>
    private static string ReadPooledString(ref Utf8JsonReader reader)
    {
        if (reader.HasValueSequence || reader.ValueIsEscaped || reader.ValueSpan.Length > MaxPooledLength)
        {
            return reader.GetString()!;
        }

        Span<char> chars = stackalloc char[MaxPooledLength];
        var text = chars[..Encoding.UTF8.GetChars(reader.ValueSpan, chars)];
        if (PoolLookup.TryGetValue(text, out var pooled))
        {
            return pooled;
        }

        var value = new string(text);
        // ConcurrentDictionary.Count takes every lock; a separate count keeps misses cheap.
        if (Volatile.Read(ref _pooledCount) < MaxPooledStrings && Pool.TryAdd(value, value))
        {
            Interlocked.Increment(ref _pooledCount);
        }

        return value;
    }
}
