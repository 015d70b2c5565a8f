using System.Text;
using System.Text.Json;

namespace Gateway.Security.Jose;

/// <summary>
/// A JWS in compact serialisation (RFC 7515 section 7.1), split and decoded but not yet verified: nothing in it
/// may be trusted until a key has checked <see cref="Signature"/> over <see cref="SigningInput"/>.
/// </summary>
public sealed class JwsCompactToken
{
    private JwsCompactToken(string algorithm, string? keyId, string? type, byte[] payload, byte[] signingInput, byte[] signature)
    {
        Algorithm = algorithm;
        KeyId = keyId;
        Type = type;
        Payload = payload;
        SigningInput = signingInput;
        Signature = signature;
    }

    /// <summary>The header's "alg" (RFC 7515 section 4.1.1).</summary>
    public string Algorithm { get; }

    /// <summary>The header's "kid" (RFC 7515 section 4.1.4).</summary>
    public string? KeyId { get; }

    /// <summary>The header's "typ" (RFC 7515 section 4.1.9); "at+jwt" for access tokens (RFC 9068 section 2.1).</summary>
    public string? Type { get; }

    /// <summary>The decoded payload: the JWT claims set as UTF-8 JSON.</summary>
    public byte[] Payload { get; }

    /// <summary>ASCII(BASE64URL(header) || '.' || BASE64URL(payload)), what the signature covers (RFC 7515 section 5.1).</summary>
    public byte[] SigningInput { get; }

    public byte[] Signature { get; }

    /// <summary>
    /// Signs <paramref name="payload"/> with ES256 and returns the compact serialisation
    /// BASE64URL(header) '.' BASE64URL(payload) '.' BASE64URL(signature).
    /// </summary>
    public static string Sign(SigningKeyMaterial key, string type, ReadOnlySpan<byte> payload)
    {
        using var header = new MemoryStream();
        using (var writer = new Utf8JsonWriter(header, JoseJson.WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("alg", JwsAlgorithms.ES256);
            writer.WriteString("typ", type);
            writer.WriteString("kid", key.KeyId);
            writer.WriteEndObject();
        }

        var signingInput = StrictBase64Url.Encode(header.GetBuffer().AsSpan(0, (int)header.Length)) + "." + StrictBase64Url.Encode(payload);
        var signature = key.Sign(Encoding.ASCII.GetBytes(signingInput));
        return signingInput + "." + StrictBase64Url.Encode(signature);
    }

    /// <summary>
    /// Splits and decodes a compact JWS, or returns null when it is not exactly three strict base64url parts with
    /// a JSON object header that names a string "alg" and has no "crit" (RFC 7515 section 4.1.11: a recipient
    /// must reject critical extensions it does not understand, and this one understands none).
    /// </summary>
    public static JwsCompactToken? TryParse(string token)
    {
        var firstDot = token.IndexOf('.');
        var secondDot = firstDot < 0 ? -1 : token.IndexOf('.', firstDot + 1);
        if (secondDot < 0 || token.IndexOf('.', secondDot + 1) >= 0)
        {
            return null;
        }

        var headerBytes = StrictBase64Url.TryDecode(token.AsSpan(0, firstDot));
        var payload = StrictBase64Url.TryDecode(token.AsSpan(firstDot + 1, secondDot - firstDot - 1));
        var signature = StrictBase64Url.TryDecode(token.AsSpan(secondDot + 1));
        if (headerBytes is null || payload is null || signature is null)
        {
            return null;
        }

        string? algorithm = null, keyId = null, type = null;
        try
        {
            var reader = new Utf8JsonReader(headerBytes);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString();
                reader.Read();
                if (name == "crit")
                {
                    return null;
                }

                var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                switch (name)
                {
                    // RFC 7515 section 4: header parameter names must be unique; a second "alg" is refused, not resolved.
                    case "alg" when algorithm is null && text is not null:
                        algorithm = text;
                        break;
                    case "kid" when keyId is null && text is not null:
                        keyId = text;
                        break;
                    case "typ" when type is null && text is not null:
                        type = text;
                        break;
                    case "alg" or "kid" or "typ":
                        return null;
                    default:
                        reader.Skip();
                        break;
                }
            }

            if (reader.TokenType != JsonTokenType.EndObject || reader.Read())
            {
                return null;
            }
        }
        catch (JsonException)
        {
            return null;
        }

        if (algorithm is null)
        {
            return null;
        }

        return new JwsCompactToken(algorithm, keyId, type, payload, Encoding.ASCII.GetBytes(token, 0, secondDot), signature);
    }
}
