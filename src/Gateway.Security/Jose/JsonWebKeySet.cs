using System.Text;
using System.Text.Json;

namespace Gateway.Security.Jose;

/// <summary>A JWK Set (RFC 7517 section 5): the public keys an issuer signs with, found by "kid".</summary>
public sealed class JsonWebKeySet
{
    private readonly Dictionary<string, JsonWebKey> _byKeyId;

    public JsonWebKeySet(IEnumerable<JsonWebKey> keys)
    {
        Keys = [.. keys];
        _byKeyId = new Dictionary<string, JsonWebKey>(StringComparer.Ordinal);
        foreach (var key in Keys)
        {
            // RFC 7517 section 4.5: "the 'kid' value is [...] used to match a specific key"; a duplicate is ambiguous.
            if (!_byKeyId.TryAdd(key.KeyId, key))
            {
                throw new ArgumentException($"Two keys share the kid '{key.KeyId}'.", nameof(keys));
            }
        }
    }

    public IReadOnlyList<JsonWebKey> Keys { get; }

    public JsonWebKey? Find(string keyId) => _byKeyId.GetValueOrDefault(keyId);

    /// <summary>
    /// Reads a JWKS document. Keys this gateway cannot use are skipped, as RFC 7517 section 5 asks ("implementations
    /// SHOULD ignore JWKs within a JWK Set that use 'kty' values that are not understood").
    /// </summary>
    public static JsonWebKeySet Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        if (document.RootElement.ValueKind != JsonValueKind.Object
            || !document.RootElement.TryGetProperty("keys", out var keys)
            || keys.ValueKind != JsonValueKind.Array)
        {
            throw new FormatException("A JWK Set is an object with a \"keys\" array (RFC 7517 section 5).");
        }

        var usable = new List<JsonWebKey>();
        foreach (var element in keys.EnumerateArray())
        {
            if (JsonWebKey.TryRead(element) is { } key)
            {
                usable.Add(key);
            }
        }

        return new JsonWebKeySet(usable);
    }

    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, JoseJson.WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("keys");
            foreach (var key in Keys)
            {
                key.WriteTo(writer);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
